package org.kompis.core;

import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.enums.DatabaseValue;

/** The ritual a lesson came from; the database value is what people type after {@code source:}. */
public enum LessonSource {
    @DatabaseValue("reflection")
    REFLECTION,
    @DatabaseValue("aar")
    AAR,
    @DatabaseValue("sixhats")
    SIXHATS,
    @DatabaseValue("pairs")
    PAIRS,
    @DatabaseValue("manual")
    MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LessonSource> parse(String code) {
        for (LessonSource s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
