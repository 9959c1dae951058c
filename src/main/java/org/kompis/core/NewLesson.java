package org.kompis.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a ritual hands to the {@link LessonSink}: one lesson, with its permalink and its real authors. Start with
 * {@link #of} and add what you know:
 * <pre>{@code
 * NewLesson.of(LessonSource.AAR, teamId, text).ref("aar:12:answer:U123").inChannel(channelId)
 *     .topic("Release 4.2").tags("deploy", "#CI").category(Category.ON_THE_JOB).by(userId).permalink(url)
 * }</pre>
 * Leave {@code by(...)} out for anonymous content: no author id is stored at all. Visibility defaults to
 * {@link Visibility#CHANNEL} in a channel and {@link Visibility#PRIVATE} outside one.
 *
 * @param sourceRef the ritual's own id for what produced the lesson; a second add with the same one is a no-op
 * @param tags as given; the library normalises them on the way in: "#Deploy, CI" is stored as "deploy ci"
 * @param participants space-separated user ids (an AAR's attendees), or null
 * @param visibility null means the default above
 * @param mistake a mistake we learned from
 */
public record NewLesson(
        LessonSource source,
        String sourceRef,
        String teamId,
        String channelId,
        String topic,
        String text,
        String tags,
        Category category,
        Visibility visibility,
        String authorId,
        String participants,
        String permalink,
        boolean mistake,
        long createdAt) {

    public NewLesson {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(teamId, "teamId");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A lesson needs text");
        }
        text = text.strip();
        topic = blankToNull(topic);
        participants =
                blankToNull(participants == null ? null : participants.strip().replaceAll("\\s+", " "));
        channelId = blankToNull(channelId);
        authorId = blankToNull(authorId);
        sourceRef = blankToNull(sourceRef);
    }

    public static NewLesson of(LessonSource source, String teamId, String text) {
        return new NewLesson(
                source,
                null,
                teamId,
                null,
                null,
                text,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                System.currentTimeMillis());
    }

    /**
     * The time stored: for a lesson a person chose to write anonymously only its day (UTC midnight), so the exact
     * minute cannot be matched with who was online then. Lessons of a whole review or exercise name nobody anyway.
     */
    public long storedAt() {
        boolean chosenAnonymity =
                authorId == null && (source == LessonSource.MANUAL || source == LessonSource.REFLECTION);
        return chosenAnonymity ? createdAt - Math.floorMod(createdAt, 86_400_000L) : createdAt;
    }

    /** The visibility stored; fails for a lesson nobody could ever see. */
    public Visibility effectiveVisibility() {
        Visibility v = visibility != null ? visibility : channelId != null ? Visibility.CHANNEL : Visibility.PRIVATE;
        if (v == Visibility.CHANNEL && channelId == null) {
            throw new IllegalArgumentException("Visibility CHANNEL needs a channel");
        }
        if (v == Visibility.PRIVATE && authorId == null) {
            throw new IllegalArgumentException(
                    "An anonymous lesson cannot be private to its author: use a channel or WORKSPACE");
        }
        return v;
    }

    /** The participants as a list of user ids. */
    public List<String> participantIds() {
        return participants == null ? List.of() : List.of(participants.split(" "));
    }

    public NewLesson ref(String ref) {
        return with(d -> d.sourceRef = ref);
    }

    public NewLesson inChannel(String channel) {
        return with(d -> d.channelId = channel);
    }

    public NewLesson topic(String t) {
        return with(d -> d.topic = t);
    }

    public NewLesson tags(String... t) {
        return with(d -> d.tags = String.join(" ", t));
    }

    public NewLesson category(Category c) {
        return with(d -> d.category = c);
    }

    public NewLesson visibility(Visibility v) {
        return with(d -> d.visibility = v);
    }

    /** The author; never call it for anonymous content. */
    public NewLesson by(String author) {
        return with(d -> d.authorId = author);
    }

    public NewLesson participants(String... userIds) {
        return with(d -> d.participants = String.join(" ", Arrays.asList(userIds)));
    }

    public NewLesson permalink(String link) {
        return with(d -> d.permalink = link);
    }

    /** A mistake we learned from: shown as one wherever the lesson is. */
    public NewLesson mistake(boolean m) {
        return with(d -> d.mistake = m);
    }

    /** Epoch milliseconds; {@link #of} uses now. */
    public NewLesson at(long millis) {
        return with(d -> d.createdAt = millis);
    }

    /** A copy with one thing changed: every wither goes through here, and the record's constructor checks it. */
    private NewLesson with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new NewLesson(
                source,
                d.sourceRef,
                teamId,
                d.channelId,
                d.topic,
                text,
                d.tags,
                d.category,
                d.visibility,
                d.authorId,
                d.participants,
                d.permalink,
                d.mistake,
                d.createdAt);
    }

    /** The parts a wither may change. */
    private static final class Draft {
        String sourceRef;
        String channelId;
        String topic;
        String tags;
        Category category;
        Visibility visibility;
        String authorId;
        String participants;
        String permalink;
        boolean mistake;
        long createdAt;

        Draft(NewLesson l) {
            sourceRef = l.sourceRef;
            channelId = l.channelId;
            topic = l.topic;
            tags = l.tags;
            category = l.category;
            visibility = l.visibility;
            authorId = l.authorId;
            participants = l.participants;
            permalink = l.permalink;
            mistake = l.mistake;
            createdAt = l.createdAt;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
