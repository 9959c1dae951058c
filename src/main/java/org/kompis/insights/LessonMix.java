package org.kompis.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompis.insights.InsightsStore.LessonRow;

/**
 * What the channel learned and how: lessons per week by source, and by 70-20-10 category over the weeks shown.
 * A week whose lessons come from fewer people than the gate allows is left out of everything (also the totals), so
 * no figure can be worked back to them by subtraction.
 */
public record LessonMix(Map<String, List<Integer>> bySource, Map<String, Integer> byCategory, int hiddenWeeks) {
    public static final List<String> SOURCES = List.of("reflection", "aar", "sixhats", "pairs", "manual");
    /** 70-20-10; "none" when the writer did not say. */
    public static final List<String> CATEGORIES = List.of("on_the_job", "from_others", "formal", "none");

    public static LessonMix of(List<LessonRow> rows, Weeks weeks, Gate gate) {
        List<People> people = new ArrayList<>();
        List<List<LessonRow>> perWeek = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            people.add(new People());
            perWeek.add(new ArrayList<>());
        }
        for (LessonRow r : rows) {
            int i = weeks.indexOf(r.at());
            if (i >= 0) {
                perWeek.get(i).add(r);
                if (r.authorId() == null
                        && (r.participants() == null || r.participants().isBlank())) {
                    people.get(i).add(null);
                } else {
                    if (r.authorId() != null) {
                        people.get(i).add(r.authorId());
                    }
                    people.get(i).addAll(r.participants());
                }
            }
        }
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        SOURCES.forEach(s -> bySource.put(s, new ArrayList<>()));
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0));
        int hidden = 0;
        for (int i = 0; i < weeks.size(); i++) {
            boolean shown = gate.shows(people.get(i).count());
            hidden += shown ? 0 : 1;
            for (String s : SOURCES) {
                bySource.get(s)
                        .add(
                                shown
                                        ? (int) perWeek.get(i).stream()
                                                .filter(r -> s.equals(r.source()))
                                                .count()
                                        : null);
            }
            if (shown) {
                for (LessonRow r : perWeek.get(i)) {
                    byCategory.merge(r.category() == null ? "none" : r.category(), 1, Integer::sum);
                }
            }
        }
        return new LessonMix(bySource, byCategory, hidden);
    }

    public int total(String source) {
        return bySource.get(source).stream().mapToInt(v -> v == null ? 0 : v).sum();
    }
}
