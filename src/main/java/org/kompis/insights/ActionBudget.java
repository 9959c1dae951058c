package org.kompis.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompis.insights.InsightsStore.ActionItem;

/**
 * Action items followed up like a budget: what was promised (due in the weeks shown, or still open from before),
 * and where it stands today: done, open, overdue (open past its date) or dropped. By owner, by due week, and the
 * oldest open items. Owners are named: action items are given to a person by name in the review's thread.
 */
public record ActionBudget(
        Map<State, Integer> totals,
        Map<String, Map<State, Integer>> byOwner,
        List<Map<State, Integer>> byDueWeek,
        List<Item> oldestOpen) {
    public static final int OLDEST = 10;

    public enum State {
        DONE,
        OPEN,
        OVERDUE,
        DROPPED
    }

    public record Item(ActionItem row, LocalDate due, State state) {}

    public static ActionBudget of(List<ActionItem> rows, LocalDate today, Weeks weeks) {
        Map<State, Integer> totals = counts();
        Map<String, Map<State, Integer>> byOwner = new LinkedHashMap<>();
        List<Map<State, Integer>> byWeek = new ArrayList<>();
        weeks.starts().forEach(w -> byWeek.add(counts()));
        List<Item> open = new ArrayList<>();
        for (ActionItem row : rows) {
            LocalDate due = due(row);
            State state = state(row, due, today);
            boolean stillOpen = state == State.OPEN || state == State.OVERDUE;
            int week = weeks.indexOfDate(due);
            if (!stillOpen && week < 0) {
                continue;
            }
            totals.merge(state, 1, Integer::sum);
            byOwner.computeIfAbsent(row.ownerId(), o -> counts()).merge(state, 1, Integer::sum);
            if (week >= 0) {
                byWeek.get(week).merge(state, 1, Integer::sum);
            }
            if (stillOpen) {
                open.add(new Item(row, due, state));
            }
        }
        open.sort(Comparator.comparing(Item::due).thenComparing(i -> i.row().id()));
        return new ActionBudget(totals, byOwner, byWeek, List.copyOf(open.subList(0, Math.min(OLDEST, open.size()))));
    }

    static LocalDate due(ActionItem row) {
        return LocalDate.parse(row.newDate() != null && !row.newDate().isBlank() ? row.newDate() : row.dueDate());
    }

    static State state(ActionItem row, LocalDate due, LocalDate today) {
        return switch (row.status()) {
            case "done" -> State.DONE;
            case "dropped" -> State.DROPPED;
            default -> due.isBefore(today) ? State.OVERDUE : State.OPEN;
        };
    }

    private static Map<State, Integer> counts() {
        Map<State, Integer> m = new EnumMap<>(State.class);
        for (State s : State.values()) {
            m.put(s, 0);
        }
        return m;
    }
}
