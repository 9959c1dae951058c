package org.kompis.insights;

import java.util.List;
import org.kompis.i18n.Texts;

/**
 * The page's parts that are the same for every topic: the filters, a topic's table with its CSV link, the report form.
 */
final class ReportParts {
    private ReportParts() {}

    static void filters(StringBuilder sb, Texts t, Report r, ReportPage.View v) {
        sb.append("<form class=\"filters\" method=\"get\" action=\"/insights\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(t.lang().code())
                .append("\">")
                .append("<label for=\"channel\">")
                .append(Html.esc(t.t("insights.channel")))
                .append("<select id=\"channel\" ")
                .append("name=\"channel\">");
        for (ReportPage.Channel c : v.channels()) {
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

    static void table(StringBuilder sb, Texts t, Report r, ReportPage.View v, String id, Table table) {
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

    static void subscribe(StringBuilder sb, Texts t, ReportPage.View v) {
        sb.append("<section aria-labelledby=\"h-report\"><h2 id=\"h-report\">")
                .append(Html.esc(t.t("insights.section.report")))
                .append("</h2><p>")
                .append(Html.esc(t.t(v.subscribed() ? "insights.report.on" : "insights.report.off")))
                .append("</p>")
                .append("<form method=\"post\" action=\"/insights/report\"><input type=\"hidden\" name=\"csrf\" "
                        + "value=\"")
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
