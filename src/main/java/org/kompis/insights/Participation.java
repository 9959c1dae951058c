package org.kompis.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kompis.insights.InsightsStore.Contribution;
import org.kompis.insights.InsightsStore.PairAnswer;
import org.kompis.insights.InsightsStore.PairGroup;

/**
 * Who takes part, week by week: people who answered the week's reflection prompts, people who answered the reviews
 * started that week, six hats contributors, and pair meetings held (a group where someone said they met). A week
 * with fewer people than the gate allows is {@code null}.
 */
public final class Participation {
    private Participation() {}

    public enum Ritual {
        REFLECTION,
        REVIEWS,
        HATS,
        PAIRS
    }

    /** One ritual's figures, one per week of the report. */
    public record Series(Ritual ritual, List<Integer> values) {}

    public static List<Series> of(Sources s, Weeks weeks, Gate gate) {
        return List.of(
                new Series(Ritual.REFLECTION, people(s.reflection(), weeks, gate)),
                new Series(Ritual.REVIEWS, people(s.reviews(), weeks, gate)),
                new Series(Ritual.HATS, people(s.hats(), weeks, gate)),
                new Series(Ritual.PAIRS, meetings(s.pairGroups(), s.pairAnswers(), weeks, gate)));
    }

    /** What the participation figures are made of. */
    public record Sources(
            List<Contribution> reflection,
            List<Contribution> reviews,
            List<Contribution> hats,
            List<PairGroup> pairGroups,
            List<PairAnswer> pairAnswers) {}

    static List<Integer> people(List<Contribution> rows, Weeks weeks, Gate gate) {
        List<People> perWeek = new ArrayList<>();
        weeks.starts().forEach(w -> perWeek.add(new People()));
        for (Contribution c : rows) {
            int i = weeks.indexOf(c.at());
            if (i >= 0) {
                perWeek.get(i).add(c.userId());
            }
        }
        return perWeek.stream().map(p -> gate.figure(p.count(), p.count())).toList();
    }

    static List<Integer> meetings(List<PairGroup> groups, List<PairAnswer> answers, Weeks weeks, Gate gate) {
        Set<Long> met = answers.stream()
                .filter(a -> "yes".equals(a.answer()))
                .map(PairAnswer::groupId)
                .collect(Collectors.toSet());
        int[] people = new int[weeks.size()];
        int[] held = new int[weeks.size()];
        for (PairGroup g : groups) {
            int i = weeks.indexOf(g.at());
            if (i >= 0) {
                people[i] += g.members();
                held[i] += met.contains(g.id()) ? 1 : 0;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            out.add(gate.figure(people[i], held[i]));
        }
        return out;
    }
}
