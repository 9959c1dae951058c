package org.kompis.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text, from {@code i18n/messages_<lang>.properties}. Properties files are read as UTF-8
 * (Java 9+), so Norwegian and Swedish letters need no escapes. Texts are ICU message patterns, so counted texts
 * use the language's own plural rules ({@code {0, plural, one {# gruppe} other {# grupper}}}); an apostrophe is
 * plain text unless it stands right before a brace.
 */
public final class Messages {
    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, ResourceBundle.getBundle("i18n.messages", lang.locale(), NO_FALLBACK));
            // ICU loads its plural rules and number data on first use, seconds on a busy machine: pay that at start-up,
            // not in the first person's three-second window.
            new MessageFormat("{0, plural, one {# a} other {# b}} {1, date}", lang.locale())
                    .format(new Object[] {2, 0L});
        }
    }

    /** The text for {@code key} in {@code lang}, with {@code {0}}-style arguments filled in. */
    public String get(Lang lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but the person should still see something rather than an error.
            pattern =
                    bundles.get(Lang.EN).containsKey(key) ? bundles.get(Lang.EN).getString(key) : key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    /** A view of the messages bound to one language, handy in views and listeners. */
    public Texts in(Lang lang) {
        return new Texts(this, lang);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
