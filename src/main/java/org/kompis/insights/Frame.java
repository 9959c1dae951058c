package org.kompis.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;

/** The page around the content: head, styles (inline, no CDN), the language links, and the simple pages. */
final class Frame {
    private static final String CSS = read("/insights/insights.css");

    private Frame() {}

    /** A whole page; {@code headerExtra} is already HTML (the sign-out form), {@code body} too. */
    static String page(Texts t, String title, String langQuery, String headerExtra, String body) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<!doctype html><html lang=\"")
                .append(t.lang().code())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.esc(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>")
                .append("<a class=\"skip\" href=\"#main\">")
                .append(Html.esc(t.t("insights.skip")))
                .append("</a>")
                .append("<header><h1>")
                .append(Html.esc(t.t("insights.title")))
                .append("</h1>")
                .append("<nav aria-label=\"")
                .append(Html.esc(t.t("insights.languages")))
                .append("\"><ul>");
        for (Lang l : Lang.values()) {
            sb.append("<li><a lang=\"")
                    .append(l.code())
                    .append("\" href=\"/insights?")
                    .append(Html.esc(langQuery))
                    .append(langQuery.isEmpty() ? "" : "&amp;")
                    .append("lang=")
                    .append(l.code())
                    .append("\"")
                    .append(l == t.lang() ? " aria-current=\"page\"" : "")
                    .append(">")
                    .append(Html.esc(t.messages().get(l, "insights.lang." + l.code())))
                    .append("</a></li>");
        }
        sb.append("</ul></nav>")
                .append(headerExtra)
                .append("</header><main id=\"main\">")
                .append(body)
                .append("</main></body></html>");
        return sb.toString();
    }

    /** A short page with one message and, maybe, a link: signed out, refused, not set up. */
    static String message(Texts t, String heading, String text, String linkHref, String linkText) {
        StringBuilder body = new StringBuilder("<div class=\"signin\"><h2>")
                .append(Html.esc(heading))
                .append("</h2><p>")
                .append(Html.esc(text))
                .append("</p>");
        if (linkHref != null) {
            body.append("<p><a class=\"button\" href=\"")
                    .append(Html.esc(linkHref))
                    .append("\">")
                    .append(Html.esc(linkText))
                    .append("</a></p>");
        }
        return page(t, t.t("insights.title"), "", "", body.append("</div>").toString());
    }

    private static String read(String resource) {
        try (InputStream in = Frame.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
