package org.kompis.i18n;

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

/** Every text exists in English, Norwegian and Swedish, and the placeholders line up. */
class MessagesTest {
  private static Properties load(Lang lang) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + lang.code() + ".properties"), StandardCharsets.UTF_8)) {
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
        assertThat(placeholders(other.getProperty(key, ""))).as("%s in %s", key, lang).isEqualTo(placeholders(en.getProperty(key)));
      }
    }
  }

  @Test
  void noTextIsBlank() throws IOException {
    for (Lang lang : Lang.values()) {
      load(lang).forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, lang).isNotBlank());
    }
  }

  @Test
  void argumentsAreFilledInAndApostrophesSurvive() {
    Messages m = new Messages();
    assertThat(m.get(Lang.EN, "language.unknown", "xx")).contains("don't know").contains("\"xx\"");
    assertThat(m.get(Lang.NB, "roles.managers_only_group", "ledere")).contains("@ledere");
    assertThat(m.get(Lang.SV, "no.such.key")).isEqualTo("no.such.key");
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    var m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
