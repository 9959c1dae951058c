package org.kompis.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text exists in English, Norwegian and Swedish, and the placeholders line up. */
class MessagesTest {
    private static Properties load(Lang lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/messages_" + lang.code() + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws IOException {
        Set<Object> en = new TreeSet<>(load(Lang.EN).keySet());
        for (Lang lang : new Lang[] {Lang.NB, Lang.SV}) {
            Set<Object> other = new TreeSet<>(load(lang).keySet());
            assertThat(other).as("keys in %s", lang).containsExactlyInAnyOrderElementsOf(en);
        }
    }

    @Test
    void placeholdersMatchAcrossLanguages() throws IOException {
        Properties en = load(Lang.EN);
        for (Lang lang : new Lang[] {Lang.NB, Lang.SV}) {
            Properties other = load(lang);
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key, "")))
                        .as("%s in %s", key, lang)
                        .isEqualTo(placeholders(en.getProperty(key)));
            }
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (Lang lang : Lang.values()) {
            load(lang)
                    .forEach((k, v) ->
                            assertThat(v.toString()).as("%s in %s", k, lang).isNotBlank());
        }
    }

    @Test
    void argumentsAreFilledInAndApostrophesSurvive() {
        Messages m = new Messages();
        assertThat(m.get(Lang.EN, "language.unknown", "xx"))
                .contains("don't know")
                .contains("\"xx\"");
        assertThat(m.get(Lang.NB, "roles.managers_only_group", "ledere")).contains("@ledere");
        assertThat(m.get(Lang.SV, "no.such.key")).isEqualTo("no.such.key");
    }

    /**
     * A counted text needs the language's plural forms: "1 grupper" and "1 answers" came from a bare {@code {n}}
     * before a noun. So every text parses as an ICU pattern, no old {@code choice} format is left, every plural has
     * the forms nb, sv and en need (one, other), and a number that is plural in English is plural in nb and sv.
     */
    @Test
    void countedTextsHavePluralFormsInEveryLanguage() throws IOException {
        Properties en = load(Lang.EN);
        for (Lang lang : Lang.values()) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                String where = key + " in " + lang;
                assertThat(text).as(where).doesNotContain(",choice,").doesNotContain(", choice,");
                if (text.contains("{")) {
                    assertThatCode(() -> new MessageFormat(text, lang.locale()))
                            .as(where)
                            .doesNotThrowAnyException();
                }
                Matcher m = PLURAL.matcher(text);
                while (m.find()) {
                    String forms = text.substring(m.end());
                    assertThat(forms)
                            .as(where + ": plural forms")
                            .contains("one {")
                            .contains("other {");
                }
                assertThat(bareCounts(text, lang))
                        .as(where + ": counts without plural forms")
                        .isEmpty();
                assertThat(pluralArgs(text))
                        .as(where + ": plural arguments compared with English")
                        .containsAll(pluralArgs(en.getProperty(key, "")));
            }
        }
    }

    @Test
    void pluralsPickTheRightForm() {
        Messages m = new Messages();
        assertThat(m.get(Lang.NB, "sixhats.root.running.in_threes", 3, 1)).startsWith("I gang: 3 personer i 1 gruppe.");
        assertThat(m.get(Lang.SV, "lessons.digest.text", 1)).isEqualTo("Veckans lärdomar: 1 ny");
        assertThat(m.get(Lang.SV, "lessons.digest.text", 4)).isEqualTo("Veckans lärdomar: 4 nya");
        assertThat(m.get(Lang.EN, "privacy.data.reflection", 1, 2))
                .contains("1 answer with")
                .contains("2 prompts");
        assertThat(m.get(Lang.NB, "privacy.data.pairs", 0, 1, 0))
                .contains("ingen profil")
                .contains("1 gruppe ");
    }

    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+), plural,");
    // A number right before one of these nouns is a count that needs plural forms.
    private static final Map<Lang, String> NOUNS = Map.of(
            Lang.EN,
                    "people|persons?|groups?|answers?|exercises?|keywords?|lessons?|items?|reviews?|prompts?|tags?|rounds?"
                            + "|minutes?|hours?|days?|characters?|channels?|notes?|new",
            Lang.NB,
                    "personer|person|grupper?|svar|øvelser?|stikkord|lærdom(?:mer)?|tiltak|gjennomganger?|spørsmål|emneord"
                            + "|runder?|minutt(?:er)?|timer?|dager?|tegn|kanaler?|notat(?:er)?|nye?",
            Lang.SV,
                    "personer|person|grupper?|svar|övningar?|stödord|lärdom(?:ar)?|åtgärder|återblick(?:ar)?|frågor"
                            + "|taggar?|omgångar?|minuter?|timm(?:e|ar)|dagar?|tecken|kanaler?|anteckningar?|nya?");

    private static Set<String> bareCounts(String text, Lang lang) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+} (" + NOUNS.get(lang) + ")\\b").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> pluralArgs(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLURAL.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        var m = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
