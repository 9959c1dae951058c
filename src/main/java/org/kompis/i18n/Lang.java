package org.kompis.i18n;

import java.util.Locale;
import java.util.Optional;

/** The three first-class languages. Slack has no Norwegian or Swedish UI, so a locale rarely says nb or sv. */
public enum Lang {
    EN("en"),
    NB("nb"),
    SV("sv");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Accepts our codes and Slack locales such as {@code nb-NO}, {@code no}, {@code nn-NO}, {@code sv-SE}. */
    public static Optional<Lang> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String base = v.contains("-") ? v.substring(0, v.indexOf('-')) : v;
        return switch (base) {
            case "en", "english", "engelsk", "engelska" -> Optional.of(EN);
            case "nb", "no", "nn", "norsk", "norwegian", "bokmål", "bokmal" -> Optional.of(NB);
            case "sv", "svenska", "swedish", "svensk" -> Optional.of(SV);
            default -> Optional.empty();
        };
    }
}
