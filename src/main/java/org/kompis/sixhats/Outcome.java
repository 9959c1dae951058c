package org.kompis.sixhats;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;

/**
 * What a finished exercise concluded, for its summary and its lesson. Texts are as people typed them (not escaped):
 * whoever shows them escapes them. {@code keywords} holds every hat in canonical order, an empty list when nobody wrote
 * under it; {@code keywordsText} is the same, readable, with the hat names in the channel's language.
 */
public record Outcome(
        String teamId,
        String channelId,
        String topic,
        Map<Hat, List<String>> keywords,
        String keywordsText,
        String decide,
        String next,
        String facilitatorId,
        List<String> participants,
        String sourceRef,
        String lang,
        Instant finishedAt) {

    public static final String SOURCE = "sixhats";

    public Outcome {
        Map<Hat, List<String>> copy = new EnumMap<>(Hat.class);
        keywords.forEach((hat, words) -> copy.put(hat, List.copyOf(words)));
        keywords = Collections.unmodifiableMap(copy);
        participants = List.copyOf(participants);
    }

    public String source() {
        return SOURCE;
    }

    /**
     * The lesson the exercise leaves: the conclusion, then the keywords under each hat someone wrote under; led by
     * the facilitator, with everyone who took part.
     */
    public NewLesson lesson(String permalink, long now) {
        String keywords = written(keywordsText);
        String conclusion = conclusion();
        String text = conclusion == null || conclusion.isBlank()
                ? keywords
                : keywords.isEmpty() ? conclusion : conclusion + "\n\n" + keywords;
        NewLesson lesson = NewLesson.of(LessonSource.SIXHATS, teamId, text)
                .ref(sourceRef)
                .inChannel(channelId)
                .topic(topic)
                .category(Category.FROM_OTHERS)
                .participants(participants.toArray(String[]::new))
                .permalink(permalink)
                .at(now);
        return facilitatorId == null ? lesson : lesson.by(facilitatorId);
    }

    /** The keywords by hat, without the hats nobody wrote under. */
    static String written(String keywordsText) {
        StringBuilder sb = new StringBuilder();
        for (String hat :
                keywordsText == null ? new String[0] : keywordsText.strip().split("\\n\\s*\\n")) {
            if (hat.strip().contains("\n")) {
                sb.append(sb.length() == 0 ? "" : "\n\n").append(hat.strip());
            }
        }
        return sb.toString();
    }

    /** The conclusion as one text: what we decide, then what we do next when that was written. */
    public String conclusion() {
        return next == null || next.isBlank() ? decide : decide + "\n\n" + next;
    }
}
