package org.kompis.reflection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prompt library and its theme texts are edited by hand, often by people who never run Kompis, so a typo
 * in a theme tag or a prompt added to one language only would otherwise surface as a silent gap in production.
 */
class PromptFilesTest {

    // Maven runs tests with the project root as working directory, which is also where Kompis reads config/.
    private static final Path PROMPTS = Path.of("config", "prompts");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");

    private static final List<String> THEMES = List.of(
            "on_the_job",
            "from_others",
            "formal",
            "generosity",
            "accountability",
            "creativity",
            "flexibility",
            "systems_thinking",
            "personal_mastery",
            "mental_models",
            "shared_vision",
            "team_learning",
            "mistakes",
            "feedback",
            "celebrate",
            "onboarding",
            "peer_guidance",
            "knowledge_stays",
            "learning_culture");

    // Roughly one prompt a week for a working year, so a team seldom meets the same prompt twice a year.
    private static final int MIN_PROMPTS = 48;
    private static final int MIN_PER_THEME = 3;
    // Slack shows the prompt as a single short message; longer texts stop feeling like "a few minutes".
    private static final int MAX_PROMPT_CHARS = 200;
    private static final int MAX_WHY_CHARS = 150;

    private record Prompt(String theme, String id, String text, int line) {}

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void everyPromptLineIsWellFormed(String lang) throws IOException {
        for (Prompt p : prompts(lang)) {
            String where = lang + ".txt line " + p.line();
            assertThat(p.theme()).as(where + ": theme").isIn(THEMES);
            // Ids link a prompt across languages and to its answers, so they must stay plain, stable slugs.
            assertThat(p.id()).as(where + ": id").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.text()).as(where + ": text").isNotBlank();
            assertThat(p.text().codePointCount(0, p.text().length()))
                    .as(where + ": length of \"" + p.text() + "\"")
                    .isLessThanOrEqualTo(MAX_PROMPT_CHARS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void everyLanguageHasEnoughPromptsForEveryTheme(String lang) throws IOException {
        List<Prompt> prompts = prompts(lang);
        assertThat(prompts).as(lang + ".txt: number of prompts").hasSizeGreaterThanOrEqualTo(MIN_PROMPTS);

        Map<String, Long> perTheme =
                prompts.stream().collect(Collectors.groupingBy(Prompt::theme, Collectors.counting()));
        for (String theme : THEMES) {
            assertThat(perTheme.getOrDefault(theme, 0L))
                    .as(lang + ".txt: prompts for theme " + theme)
                    .isGreaterThanOrEqualTo(MIN_PER_THEME);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void idsAreUniqueWithinALanguage(String lang) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Prompt p : prompts(lang)) {
            assertThat(seen.add(p.id()))
                    .as(lang + ".txt line " + p.line() + ": duplicate id " + p.id())
                    .isTrue();
        }
    }

    /**
     * A team mixing languages gets "the same" prompt in each person's language by id, so every id must exist
     * everywhere under the same theme; the same order keeps the three files reviewable side by side.
     */
    @Test
    void everyLanguageHasTheSamePromptsInTheSameOrder() throws IOException {
        List<String> english = keys(prompts("en"));
        assertThat(keys(prompts("nb"))).as("nb.txt compared with en.txt").containsExactlyElementsOf(english);
        assertThat(keys(prompts("sv"))).as("sv.txt compared with en.txt").containsExactlyElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void everyThemeHasANameAndAReasonInTheBundle(String lang) throws IOException {
        Properties bundle = bundle(lang);
        for (String theme : THEMES) {
            String name = bundle.getProperty("reflection.theme." + theme);
            String why = bundle.getProperty("reflection.why." + theme);
            assertThat(name)
                    .as("messages_" + lang + ": reflection.theme." + theme)
                    .isNotBlank();
            assertThat(name.trim().split("\\s+"))
                    .as("messages_" + lang + ": words in the name of " + theme)
                    .hasSizeBetween(1, 4);
            assertThat(why).as("messages_" + lang + ": reflection.why." + theme).isNotBlank();
            assertThat(why.codePointCount(0, why.length()))
                    .as("messages_" + lang + ": length of reflection.why." + theme)
                    .isLessThan(MAX_WHY_CHARS);
        }
    }

    private static List<String> keys(List<Prompt> prompts) {
        return prompts.stream().map(p -> p.theme() + "|" + p.id()).toList();
    }

    private static List<Prompt> prompts(String lang) throws IOException {
        List<String> lines = Files.readAllLines(PROMPTS.resolve(lang + ".txt"), UTF_8);
        List<Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // Limit -1 keeps trailing empty fields, so a stray extra "|" in a prompt fails instead of being cut off.
            String[] fields = line.split("\\|", -1);
            assertThat(fields)
                    .as(lang + ".txt line " + (i + 1) + ": theme|id|text in \"" + line + "\"")
                    .hasSize(3);
            prompts.add(new Prompt(fields[0].strip(), fields[1].strip(), fields[2].strip(), i + 1));
        }
        return prompts;
    }

    // Properties.load(InputStream) assumes ISO-8859-1; the bundles are UTF-8 like Kompis reads them at run time.
    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"), UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
