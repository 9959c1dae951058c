package org.kompis.install;

import java.util.List;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;

/**
 * The HTML of the install pages: one small page, in the reader's language, with a title, a few paragraphs and one
 * button. Everything put in is escaped; nothing is loaded from elsewhere.
 */
final class InstallPage {
    private InstallPage() {}

    /** The language for a browser: {@code ?lang=}, then the cookie the install page set, then Accept-Language. */
    static Lang language(String query, String cookie, String acceptLanguage, Lang fallback) {
        for (String candidate : new String[] {query, cookie}) {
            var lang = Lang.parse(candidate);
            if (lang.isPresent()) {
                return lang.get();
            }
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                var lang = Lang.parse(part.split(";")[0].trim());
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        }
        return fallback;
    }

    static String render(
            Texts t,
            String title,
            List<String> paragraphs,
            String buttonUrl,
            String buttonLabel,
            boolean languageLinks) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!doctype html>\n<html lang=\"")
                .append(t.lang().code())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(escape(title))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;")
                .append("color:#1d1c1d;line-height:1.5}h1{color:#2f5d50}")
                .append("a.button{display:inline-block;background:#2f5d50;")
                .append("color:#fff;padding:.7rem 1.4rem;border-radius:6px;text-decoration:none;font-weight:600}")
                .append("nav{margin-top:3rem;font-size:.9rem;color:#616061}</style></head><body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
        if (buttonUrl != null) {
            html.append("<p><a class=\"button\" href=\"")
                    .append(escape(buttonUrl))
                    .append("\">")
                    .append(escape(buttonLabel))
                    .append("</a></p>\n");
        }
        if (languageLinks) {
            html.append("<nav>").append(escape(t.t("install.language"))).append(":");
            for (Lang lang : Lang.values()) {
                html.append(" <a href=\"?lang=")
                        .append(lang.code())
                        .append("\">")
                        .append(name(lang))
                        .append("</a>");
            }
            html.append("</nav>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String name(Lang lang) {
        return switch (lang) {
            case EN -> "English";
            case NB -> "Norsk bokmål";
            case SV -> "Svenska";
        };
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
