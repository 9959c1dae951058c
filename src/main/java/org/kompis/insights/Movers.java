package org.kompis.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The numbers that moved most: each measure over the last four whole weeks against the four before, summed over a
 * manager's channels from figures that passed the {@link Gate} (a hidden week counts as nothing, in both periods).
 */
public final class Movers {
    public static final int SPAN = 4;
    public static final List<String> MEASURES =
            List.of("reflection", "reviews", "hats", "pairs", "lessons", "actions_done");

    private Movers() {}

    /** A measure before and now. */
    public record Move(String measure, int before, int now) {
        public int change() {
            return now - before;
        }
    }

    /** The two periods: the {@code 2 * SPAN} whole weeks before the week {@code today} is in. */
    public static Weeks weeks(LocalDate today, ZoneId zone) {
        return Weeks.ending(today.minusWeeks(1), 2 * SPAN, zone);
    }

    /** Adds up the measures of one channel's report into {@code sums}: [before, now] per measure. */
    public static void add(Map<String, int[]> sums, Report r) {
        for (Participation.Series s : r.participation()) {
            add(sums, s.ritual().name().toLowerCase(), s.values());
        }
        List<Integer> lessons = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            int week = i;
            lessons.add(r.lessons().bySource().values().stream()
                    .map(v -> v.get(week))
                    .mapToInt(v -> v == null ? 0 : v)
                    .sum());
        }
        add(sums, "lessons", lessons);
        add(
                sums,
                "actions_done",
                r.actions().byDueWeek().stream()
                        .map(m -> m.get(ActionBudget.State.DONE))
                        .toList());
    }

    private static void add(Map<String, int[]> sums, String measure, List<Integer> perWeek) {
        int[] pair = sums.computeIfAbsent(measure, m -> new int[2]);
        for (int i = 0; i < perWeek.size(); i++) {
            Integer v = perWeek.get(i);
            pair[i < perWeek.size() - SPAN ? 0 : 1] += v == null ? 0 : v;
        }
    }

    /** Up to {@code n} measures that changed, the largest change first; ties in {@link #MEASURES} order. */
    public static List<Move> top(Map<String, int[]> sums, int n) {
        Map<String, int[]> ordered = new LinkedHashMap<>();
        MEASURES.forEach(m -> ordered.put(m, sums.getOrDefault(m, new int[2])));
        return ordered.entrySet().stream()
                .map(e -> new Move(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .filter(m -> m.change() != 0)
                .sorted(Comparator.comparing((Move m) -> -Math.abs(m.change()))
                        .thenComparing(m -> MEASURES.indexOf(m.measure())))
                .limit(n)
                .toList();
    }

    /** The moves as lines of text ("Reflection answers: 12 → 18 (+6)"). */
    public static List<String> lines(List<Move> moves, Function<String, String> label) {
        return moves.stream()
                .map(m -> label.apply(m.measure()) + ": " + m.before() + " → " + m.now() + " ("
                        + (m.change() > 0 ? "+" : "−") + Math.abs(m.change()) + ")")
                .toList();
    }
}
