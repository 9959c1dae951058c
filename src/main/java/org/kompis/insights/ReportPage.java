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
        sb.append("<form class=\"filters\" method=\"get\" action=\"/insights\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(t.lang().code())
                .append("\">")
                .append("<label for=\"channel\">")
                .append(Html.esc(t.t("insights.channel")))
                .append("<select id=\"channel\" ")
                .append("name=\"channel\">");
        for (Channel c : v.channels()) {
            sb.append("<option value=\"")
                    .append(Html.esc(c.id()))
                    .append("\"")
                    .append(c.id().equals(r.channelId()) ? " selected" : "")
                    .append(">#")
                    .append(Html.esc(c.name()))
                    .append("</option>");
        }
        sb.append("</select></label><label for=\"weeks\">")
                .append(Html.esc(t.t("insights.weeks")))
                .append("<select id=\"weeks\" name=\"weeks\">");
        for (int w : Weeks.CHOICES) {
            sb.append("<option value=\"")
                    .append(w)
                    .append("\"")
                    .append(w == v.weeks() ? " selected" : "")
                    .append(">")
                    .append(Html.esc(t.t("insights.weeks.last", w)))
                    .append("</option>");
        }
        sb.append("</select></label><button type=\"submit\">")
                .append(Html.esc(t.t("insights.show")))
                .append("</button></form>");
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
        Table table = tables.get(id);
        sb.append("<div class=\"scroll\"><table id=\"table-")
                .append(id)
                .append("\"><caption>")
                .append(Html.esc(table.caption()))
                .append("</caption><thead><tr>");
        for (int i = 0; i < table.headers().size(); i++) {
            sb.append("<th scope=\"col\"")
                    .append(i == 0 ? "" : " class=\"n\"")
                    .append(">")
                    .append(Html.esc(table.headers().get(i)))
                    .append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        if (table.rows().isEmpty()) {
            sb.append("<tr><td colspan=\"")
                    .append(table.headers().size())
                    .append("\">")
                    .append(Html.esc(t.t("insights.empty")))
                    .append("</td></tr>");
        }
        for (List<String> row : table.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "<th scope=\"row\">" : "<td class=\"n\">")
                        .append(Html.esc(row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table></div><p class=\"csv\"><a href=\"/insights/csv/")
                .append(id)
                .append("?channel=")
                .append(Html.esc(r.channelId()))
                .append("&amp;weeks=")
                .append(v.weeks())
                .append("&amp;lang=")
                .append(t.lang().code())
                .append("\" download>")
                .append(Html.esc(t.t("insights.csv", table.caption())))
                .append("</a></p>");
    }

    private void subscribe() {
        sb.append("<section aria-labelledby=\"h-report\"><h2 id=\"h-report\">")
                .append(Html.esc(t.t("insights.section.report")))
                .append("</h2><p>")
                .append(Html.esc(t.t(v.subscribed() ? "insights.report.on" : "insights.report.off")))
                .append("</p>")
                .append(
                        "<form method=\"post\" action=\"/insights/report\"><input type=\"hidden\" name=\"csrf\" value=\"")
                .append(Html.esc(v.csrf()))
                .append("\"><input type=\"hidden\" name=\"subscribe\" value=\"")
                .append(v.subscribed() ? "off" : "on")
                .append("\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(t.lang().code())
                .append("\"><button type=\"submit\" class=\"quiet\">")
                .append(Html.esc(t.t(v.subscribed() ? "insights.report.stop" : "insights.report.start")))
                .append("</button></form></section>");
    }
}
