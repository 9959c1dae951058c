package org.kompis.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.i18n.Texts;
import org.kompis.insights.ActionBudget.State;

/** The report as HTML: the filters, then per topic its charts, each followed by its table and CSV link. */
final class ReportPage {
    /** A channel the viewer may pick. */
    record Channel(String id, String name) {}

    /** What the page needs besides the report. */
    record View(List<Channel> channels, int weeks, String csrf, boolean subscribed, int min) {}

    /** One colour per status in every chart: done green, open blue, overdue vermillion, dropped purple. */
    private static final Map<State, String> STATE_COLOURS = Map.of(
            State.DONE,
            Svg.PALETTE.get(2),
            State.OPEN,
            Svg.PALETTE.get(0),
            State.OVERDUE,
            Svg.PALETTE.get(5),
            State.DROPPED,
            Svg.PALETTE.get(3));

    private final Texts t;
    private final Report r;
    private final Tables tables;
    private final View v;
    private final StringBuilder sb = new StringBuilder(32768);

    ReportPage(Texts t, Report r, Tables tables, View v) {
        this.t = t;
        this.r = r;
        this.tables = tables;
        this.v = v;
    }

    String html() {
        filters();
        sb.append("<p class=\"note\">")
                .append(Html.esc(t.t("insights.anonymity", v.min())))
                .append("</p>");
        List<String> weekNumbers = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            weekNumbers.add(String.valueOf(r.weeks().number(i)));
        }
        section("participation", () -> {
            sb.append("<div class=\"grid\">");
            for (Participation.Series s : r.participation()) {
                String name = t.t("insights.ritual." + s.ritual().name().toLowerCase());
                String id = "chart-" + s.ritual().name().toLowerCase();
                sb.append("<figure><figcaption id=\"")
                        .append(id)
                        .append("-c\">")
                        .append(Html.esc(name))
                        .append("</figcaption>")
                        .append(Svg.columns(
                                id,
                                name,
                                describe(s.values()),
                                weekNumbers,
                                List.of(new Svg.Series(
                                        name, Svg.PALETTE.get(s.ritual().ordinal()), s.values())),
                                360))
                        .append("</figure>");
            }
            sb.append("</div>");
            table("participation");
        });
        section("actions", () -> {
            List<String> states = new ArrayList<>();
            List<Integer> totals = new ArrayList<>();
            for (State s : State.values()) {
                states.add(tables.state(s));
                totals.add(r.actions().totals().get(s));
            }
            sb.append(Svg.bars(
                    "chart-actions",
                    t.t("insights.table.actions"),
                    t.t("insights.desc.actions"),
                    states,
                    totals,
                    List.of(
                            STATE_COLOURS.get(State.DONE),
                            STATE_COLOURS.get(State.OPEN),
                            STATE_COLOURS.get(State.OVERDUE),
                            STATE_COLOURS.get(State.DROPPED))));
            table("actions");
            List<Svg.Series> byWeek = new ArrayList<>();
            for (State s : List.of(State.DONE, State.OPEN, State.OVERDUE, State.DROPPED)) {
                byWeek.add(new Svg.Series(
                        tables.state(s),
                        STATE_COLOURS.get(s),
                        r.actions().byDueWeek().stream().map(m -> m.get(s)).toList()));
            }
            sb.append(
                    Svg.columns("chart-due", t.t("insights.table.due"), t.t("insights.desc.due"), weekNumbers, byWeek));
            table("due");
            table("owners");
            table("oldest");
        });
        section("lessons", () -> {
            List<Svg.Series> bySource = new ArrayList<>();
            int c = 0;
            for (String s : LessonMix.SOURCES) {
                bySource.add(new Svg.Series(
                        t.t("insights.source." + s),
                        Svg.PALETTE.get(c++),
                        r.lessons().bySource().get(s)));
            }
            sb.append(Svg.columns(
                    "chart-lessons",
                    t.t("insights.table.lessons"),
                    t.t("insights.desc.lessons", r.lessons().hiddenWeeks(), v.min()),
                    weekNumbers,
                    bySource));
            table("lessons");
            Map<String, Integer> cat = r.lessons().byCategory();
            sb.append(Svg.bars(
                    "chart-categories",
                    t.t("insights.table.categories"),
                    t.t("insights.desc.categories"),
                    cat.keySet().stream()
                            .map(k -> t.t("insights.category." + k))
                            .toList(),
                    List.copyOf(cat.values())));
            table("categories");
            if (!r.misses().isEmpty()) {
                sb.append(Svg.bars(
                        "chart-misses",
                        t.t("insights.table.misses"),
                        t.t("insights.desc.misses"),
                        r.misses().stream().map(InsightsStore.Miss::words).toList(),
                        r.misses().stream().map(InsightsStore.Miss::searches).toList()));
            }
            table("misses");
        });
        section("pairs", () -> {
            List<PairStats.Week> shown =
                    r.pairs().stream().filter(w -> !w.hidden()).toList();
            if (!shown.isEmpty()) {
                List<String> labels = shown.stream()
                        .map(w -> String.valueOf(r.weeks().number(w.index())))
                        .toList();
                sb.append(Svg.columns(
                        "chart-pairs-met",
                        t.t("insights.table.pairs"),
                        t.t("insights.desc.pairs"),
                        labels,
                        List.of(
                                new Svg.Series(
                                        t.t("insights.col.met_yes"),
                                        Svg.PALETTE.get(2),
                                        shown.stream().map(PairStats.Week::yes).toList()),
                                new Svg.Series(
                                        t.t("insights.col.met_not_yet"),
                                        Svg.PALETTE.get(1),
                                        shown.stream()
                                                .map(PairStats.Week::notYet)
                                                .toList()),
                                new Svg.Series(
                                        t.t("insights.col.met_wont"),
                                        Svg.PALETTE.get(5),
                                        shown.stream().map(PairStats.Week::wont).toList()),
                                new Svg.Series(
                                        t.t("insights.col.met_none"),
                                        "#767676",
                                        shown.stream()
                                                .map(PairStats.Week::unanswered)
                                                .toList()))));
            }
            table("pairs");
        });
        subscribe();
        return sb.toString();
    }

    private String describe(List<Integer> values) {
        int shown = 0;
        int hidden = 0;
        int max = 0;
        for (Integer v : values) {
            if (v == null) {
                hidden++;
            } else {
                shown++;
                max = Math.max(max, v);
            }
        }
        return t.t("insights.desc.participation", shown, max, hidden, v.min());
    }

    private void filters() {
        ReportParts.filters(sb, t, r, v);
    }

    private void section(String id, Runnable content) {
        sb.append("<section aria-labelledby=\"h-")
                .append(id)
                .append("\"><h2 id=\"h-")
                .append(id)
                .append("\">")
                .append(Html.esc(t.t("insights.section." + id)))
                .append("</h2>");
        content.run();
        sb.append("</section>");
    }

    private void table(String id) {
        ReportParts.table(sb, t, r, v, id, tables.get(id));
    }

    private void subscribe() {
        ReportParts.subscribe(sb, t, v);
    }
}
