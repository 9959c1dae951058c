package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundlesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> sixhatsKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("sixhats.")).forEach(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void everyHatHasANameAndAnAsk(String lang) throws IOException {
        Properties p = load(lang);
        for (Hat hat : Hat.canonical()) {
            assertThat(p.getProperty(hat.nameKey()))
                    .as(lang + " " + hat.nameKey())
                    .isNotBlank();
            assertThat(p.getProperty(hat.asksKey()))
                    .as(lang + " " + hat.asksKey())
                    .isNotBlank()
                    .matches("(?s).*[.?]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "sv"})
    void translationsHaveExactlyTheEnglishKeys(String lang) throws IOException {
        assertThat(sixhatsKeys(load(lang))).isEqualTo(sixhatsKeys(load("en")));
    }

    @Test
    void norwegianKeepsTheWordingOfTheKsCourse() throws IOException {
        Properties nb = load("nb");
        assertThat(nb.getProperty(Hat.WHITE.asksKey())).contains("nøytral", "fakta");
        assertThat(nb.getProperty(Hat.RED.asksKey())).contains("emosjonelle", "magefølelsen");
        assertThat(nb.getProperty(Hat.BLACK.asksKey())).contains("forsiktig", "svakhet");
        assertThat(nb.getProperty(Hat.YELLOW.asksKey())).contains("optimistisk", "fordeler");
        assertThat(nb.getProperty(Hat.GREEN.asksKey())).contains("kreativ", "nye ideer");
        assertThat(nb.getProperty(Hat.BLUE.asksKey())).contains("kontroll", "de andre hattene");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "sv"})
    void hatNamesAreDistinct(String lang) throws IOException {
        Properties p = load(lang);
        assertThat(Hat.canonical()).extracting(h -> p.getProperty(h.nameKey())).doesNotHaveDuplicates();
    }
}
