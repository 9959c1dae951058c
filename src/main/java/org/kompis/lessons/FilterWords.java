package org.kompis.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.LessonSource;

/**
 * The filter words of a lessons search in English, Norwegian and Swedish: {@code kilde:aar} and {@code källa:aar}
 * are {@code source:aar}, {@code fra:@kari} is {@code from:@kari}, {@code i:#kanal} is {@code in:#kanal}. Sources may
 * be named in each language too ({@code kilde:refleksjon}). Help shows the words of the reader's language.
 */
final class FilterWords {
    static final List<String> CHANNEL = List.of("in:", "i:", "kanal:");
    static final List<String> AUTHOR = List.of("from:", "fra:", "från:", "fran:", "av:");
    static final List<String> SOURCE = List.of("source:", "kilde:", "källa:", "kalla:");

    private static final Map<String, LessonSource> SOURCES = Map.ofEntries(
            Map.entry("refleksjon", LessonSource.REFLECTION),
            Map.entry("reflektion", LessonSource.REFLECTION),
            Map.entry("erfaringsgjennomgang", LessonSource.AAR),
            Map.entry("återblick", LessonSource.AAR),
            Map.entry("aterblick", LessonSource.AAR),
            Map.entry("tenkehatter", LessonSource.SIXHATS),
            Map.entry("hatter", LessonSource.SIXHATS),
            Map.entry("hattar", LessonSource.SIXHATS),
            Map.entry("læringspar", LessonSource.PAIRS),
            Map.entry("lærepar", LessonSource.PAIRS),
            Map.entry("lärpar", LessonSource.PAIRS),
            Map.entry("par", LessonSource.PAIRS),
            Map.entry("egen", LessonSource.MANUAL),
            Map.entry("egne", LessonSource.MANUAL),
            Map.entry("egna", LessonSource.MANUAL),
            Map.entry("manuell", LessonSource.MANUAL));

    private FilterWords() {}

    /** What follows one of {@code words} at the start of {@code token} (any case), or null when none starts it. */
    static String after(String token, List<String> words) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.startsWith(word)) {
                return token.substring(word.length());
            }
        }
        return null;
    }

    /** A source as typed: the code ({@code aar}) or its name in nb or sv ({@code refleksjon}, {@code hattar}). */
    static Optional<LessonSource> source(String value) {
        return LessonSource.parse(value).or(() -> Optional.ofNullable(SOURCES.get(value.toLowerCase(Locale.ROOT))));
    }
}
