package org.kompis.aar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.slack.SlackGateway;

/**
 * What a closed review gives the lessons library: every "what will we do better next time?" answer, attributed,
 * and the summary as plain text in the channel's language. Nothing for a review that is still open. The stored
 * summary names nobody: the library outlives people, and "Delete my data" cannot reach a name inside a text.
 */
final class Lessons {
    private Lessons() {}

    static List<NewLesson> of(
            AarStore store, SlackGateway slack, Speech speech, Clock clock, String team, long reviewId) {
        Review r = store.review(team, reviewId).orElse(null);
        if (r == null || r.open()) {
            return List.of();
        }
        List<String> participants = store.participants(r.id());
        List<Answer> answers = store.answers(r.id());
        String link = slack.team(r.teamId()).permalinkOrNull(r.channelId(), r.messageTs());
        long now = clock.millis();
        Function<String, NewLesson> lesson = text -> NewLesson.of(LessonSource.AAR, r.teamId(), text)
                .inChannel(r.channelId())
                .topic(r.title())
                .category(Category.ON_THE_JOB)
                .participants(participants.toArray(String[]::new))
                .permalink(link)
                .at(now);
        List<NewLesson> lessons = new ArrayList<>();
        for (Answer a : answers) {
            if (a.better() != null) {
                lessons.add(lesson.apply(a.better())
                        .ref("aar:" + r.id() + ":better:" + a.userId())
                        .by(a.userId()));
            }
        }
        String summary = summaryText(
                r, speech.channel(r.teamId(), r.channelId()), answers, store.items(r.id()), participants.size());
        // The summary is the answerers' work: they are its participants, so the library credits them, not the closer.
        List<String> answered = answers.stream().map(Answer::userId).distinct().toList();
        NewLesson last = lesson.apply(summary).ref("aar:" + r.id() + ":summary");
        if (!answered.isEmpty()) {
            last = last.participants(answered.toArray(String[]::new));
        }
        lessons.add(r.closedBy() == null ? last : last.by(r.closedBy()));
        return lessons;
    }

    /** The summary as plain text, as typed (the library escapes what it shows). */
    static String summaryText(Review r, Texts t, List<Answer> answers, List<ActionItem> items, int invited) {
        StringBuilder sb = new StringBuilder();
        if (r.goal() != null) {
            sb.append(t.t("aar.goal_label")).append(": ").append(r.goal()).append("\n\n");
        }
        for (int q = 0; q < AnswerForm.QUESTION_KEYS.length; q++) {
            sb.append(t.t(AnswerForm.QUESTION_KEYS[q])).append('\n');
            for (Answer a : answers) {
                String text = a.texts()[q];
                if (text != null) {
                    sb.append("- ").append(text).append('\n');
                }
            }
            sb.append('\n');
        }
        if (!items.isEmpty()) {
            sb.append(t.t("aar.items")).append('\n');
            for (ActionItem i : items) {
                sb.append("- ")
                        .append(t.t("aar.item.line_unnamed", i.what(), Deadlines.date(t, i.due())))
                        .append('\n');
            }
            sb.append('\n');
        }
        sb.append(t.t("aar.summary.participation", answers.size(), Math.max(invited, answers.size())));
        return sb.toString();
    }
}
