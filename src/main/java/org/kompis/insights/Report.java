package org.kompis.insights;

import java.time.LocalDate;
import java.util.List;
import org.kompis.insights.InsightsStore.Miss;

/** Everything the page shows for one channel over some weeks, every figure already through the {@link Gate}. */
public record Report(
        String channelId,
        Weeks weeks,
        List<Participation.Series> participation,
        ActionBudget actions,
        LessonMix lessons,
        List<Miss> misses,
        List<PairStats.Week> pairs) {
    public static final int MISSES = 10;

    public static Report load(
            InsightsStore store, String team, String channel, Weeks weeks, LocalDate today, Gate gate) {
        long from = weeks.from();
        long to = weeks.to();
        var groups = store.pairGroups(team, channel, from, to);
        var answers = store.pairAnswers(team, channel, from, to);
        var sources = new Participation.Sources(
                store.reflectionAnswers(team, channel, from, to),
                store.reviewAnswers(team, channel, from, to),
                store.hatContributors(team, channel, from, to),
                groups,
                answers);
        return new Report(
                channel,
                weeks,
                Participation.of(sources, weeks, gate),
                ActionBudget.of(store.actionItems(team, channel), today, weeks),
                LessonMix.of(store.lessons(team, channel, from, to), weeks, gate),
                // Searches carry no ids: a phrase is listed once it was searched as often as the gate asks for people.
                store.misses(team, channel, weeks.starts().get(0).toString(), weeks.endWeek(), gate.min(), MISSES),
                PairStats.of(groups, answers, weeks, gate));
    }
}
