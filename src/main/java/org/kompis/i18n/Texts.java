package org.kompis.i18n;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Messages bound to one language. */
public record Texts(Messages messages, Lang lang) {
    public String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** A language's name in this language ("norsk" is "Norwegian" in English). */
    public String languageName(Lang language) {
        return t("language.name." + language.code());
    }

    /** A date or time with the pattern stored under {@code patternKey}: its order and words are this language's. */
    public String format(String patternKey, TemporalAccessor when) {
        return DateTimeFormatter.ofPattern(t(patternKey), lang.locale()).format(when);
    }
}
