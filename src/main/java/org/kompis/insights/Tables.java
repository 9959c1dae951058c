package org.kompis.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kompis.i18n.Texts;
import org.kompis.insights.ActionBudget.State;

/** A report as tables in the viewer's language; a hidden figure reads "fewer than 5" and nothing else. */
final class Tables {
    static final List<String> IDS =
            List.of("participation", "actions", "owners", "due", "oldest", "lessons", "categories", "misses", "pairs");

    private final Report r;
    private final Texts t;
    private final Function<String, String> name;
    private final String hidden;

    Tables(Report r, Texts t, Function<String, String> name, int min) {
        this.r = r;
        this.t = t;
        this.name = name;
        this.hidden = t.t("insights.hidden", min);
    }

    Table get(String id) {
        return switch (id) {
            case "participation" -> participation();
            case "actions" -> actions();
            case "owners" -> owners();
            case "due" -> due();
            case "oldest" -> oldest();
            case "lessons" -> lessons();
            case "categories" -> categories();
            case "misses" -> misses();
            case "pairs" -> pairs();
            default -> throw new IllegalArgumentException(id);
        };
    }

    String week(int i) {
        LocalDate monday = r.weeks().starts().get(i);
        return t.t(
                "insights.week",
                r.weeks().number(i),
                DateTimeFormatter.ofPattern(t.t("insights.date"), t.lang().locale())
                        .format(monday));
    }

    String cell(Integer v) {
        return v == null ? hidden : String.valueOf(v);
    }

    private Table participation() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            List<String> row = new ArrayList<>(List.of(week(i)));
            for (Participation.Series s : r.participation()) {
                row.add(cell(s.values().get(i)));
            }
            rows.add(row);
        }
        return table(
                "participation",
                List.of(
                        t.t("insights.col.week"),
                        t.t("insights.ritual.reflection"),
                        t.t("insights.ritual.reviews"),
                        t.t("insights.ritual.hats"),
                        t.t("insights.ritual.pairs")),
                rows);
    }

    private Table actions() {
        List<List<String>> rows = new ArrayList<>();
        for (State s : State.values()) {
            rows.add(List.of(state(s), String.valueOf(r.actions().totals().get(s))));
        }
        return table("actions", List.of(t.t("insights.col.state"), t.t("insights.col.items")), rows);
    }

    private Table owners() {
        List<List<String>> rows = new ArrayList<>();
        r.actions().byOwner().entrySet().stream()
                .map(e -> Map.entry(name.apply(e.getKey()), e.getValue()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(String::toLowerCase)))
                .forEach(e -> rows.add(counts(e.getKey(), e.getValue())));
        return table("owners", stateHeaders(t.t("insights.col.owner")), rows);
    }

    private Table due() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            rows.add(counts(week(i), r.actions().byDueWeek().get(i)));
        }
        return table("due", stateHeaders(t.t("insights.col.due_week")), rows);
    }

    private Table oldest() {
        DateTimeFormatter date =
                DateTimeFormatter.ofPattern(t.t("insights.date.long"), t.lang().locale());
        List<List<String>> rows = r.actions().oldestOpen().stream()
                .map(i -> List.of(
                        i.row().what(),
                        name.apply(i.row().ownerId()),
                        date.format(i.due()),
                        state(i.state()),
                        i.row().review()))
                .toList();
        return table(
                "oldest",
                List.of(
                        t.t("insights.col.what"),
                        t.t("insights.col.owner"),
                        t.t("insights.col.due"),
                        t.t("insights.col.state"),
                        t.t("insights.col.review")),
                rows);
    }

    private Table lessons() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            List<String> row = new ArrayList<>(List.of(week(i)));
            for (String s : LessonMix.SOURCES) {
                row.add(cell(r.lessons().bySource().get(s).get(i)));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(t.t("insights.col.week")));
        LessonMix.SOURCES.forEach(s -> headers.add(t.t("insights.source." + s)));
        return table("lessons", headers, rows);
    }

    private Table categories() {
        List<List<String>> rows = r.lessons().byCategory().entrySet().stream()
                .map(e -> List.of(t.t("insights.category." + e.getKey()), String.valueOf(e.getValue())))
                .toList();
        return table("categories", List.of(t.t("insights.col.category"), t.t("insights.col.lessons")), rows);
    }

    private Table misses() {
        List<List<String>> rows = r.misses().stream()
                .map(m -> List.of(m.words(), String.valueOf(m.searches())))
                .toList();
        return table("misses", List.of(t.t("insights.col.words"), t.t("insights.col.searches")), rows);
    }

    private Table pairs() {
        List<List<String>> rows = r.pairs().stream()
                .map(w -> List.of(
                        week(w.index()),
                        cell(w.groups()),
                        percent(w.crossTeamPercent()),
                        percent(w.repeatPercent()),
                        cell(w.yes()),
                        cell(w.notYet()),
                        cell(w.wont()),
                        cell(w.unanswered())))
                .toList();
        return table(
                "pairs",
                List.of(
                        t.t("insights.col.week"),
                        t.t("insights.col.groups"),
                        t.t("insights.col.cross"),
                        t.t("insights.col.repeat"),
                        t.t("insights.col.met_yes"),
                        t.t("insights.col.met_not_yet"),
                        t.t("insights.col.met_wont"),
                        t.t("insights.col.met_none")),
                rows);
    }

    private String percent(Integer v) {
        return v == null ? hidden : t.t("insights.percent", v);
    }

    String state(State s) {
        return t.t("insights.state." + s.name().toLowerCase());
    }

    private List<String> stateHeaders(String first) {
        return List.of(first, state(State.OPEN), state(State.OVERDUE), state(State.DONE), state(State.DROPPED));
    }

    private static List<String> counts(String first, Map<State, Integer> c) {
        return List.of(
                first,
                String.valueOf(c.get(State.OPEN)),
                String.valueOf(c.get(State.OVERDUE)),
                String.valueOf(c.get(State.DONE)),
                String.valueOf(c.get(State.DROPPED)));
    }

    private Table table(String id, List<String> headers, List<List<String>> rows) {
        return new Table(id, t.t("insights.table." + id), headers, rows);
    }
}
