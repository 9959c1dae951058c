package org.kompis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.i18n.Lang;

/** Every bad setting ends start-up with one line that names it and says how to fix it. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String yaml) throws IOException {
        Path file = dir.resolve("kompis.yaml");
        Files.writeString(file, yaml);
        Map<String, String> env = new HashMap<>();
        env.put("KOMPIS_CONFIG", file.toString());
        env.put("SLACK_BOT_TOKEN", "xoxb-1");
        env.put("SLACK_SIGNING_SECRET", "s");
        return env;
    }

    @Test
    void readsTheShippedConfigAndDefaults() {
        Config c = ConfigLoader.load(Map.of("KOMPIS_CONFIG", "config/kompis.yaml"));
        assertThat(c.port()).isEqualTo(3000);
        assertThat(c.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(c.dbUrl()).isEqualTo("jdbc:sqlite:data/kompis.db");
        assertThat(c.defaultLanguage()).isEqualTo(Lang.NB);
        assertThat(c.defaultTimeZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        assertThat(c.hasSlackCredentials()).isFalse();
    }

    @Test
    void environmentAndYamlTogether() throws IOException {
        Map<String, String> env = env(
                "default_language: sv\ntime_zone: Europe/Stockholm\nmanagers:\n  users: [U1, U2]\n  user_group: chefer\n");
        env.put("SLACK_API_URL", "http://127.0.0.1:9/api");
        env.put("PORT", "8080");
        Config c = ConfigLoader.load(env);
        assertThat(c.defaultLanguage()).isEqualTo(Lang.SV);
        assertThat(c.managerUserIds()).containsExactly("U1", "U2");
        assertThat(c.managerUserGroup()).isEqualTo("chefer");
        assertThat(c.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(c.port()).isEqualTo(8080);
    }

    @Test
    void eachBadSettingIsNamed() throws IOException {
        assertMessage(env("default_language: fr\n"), "default_language", "en, nb or sv");
        assertMessage(env("time_zone: Mars/Olympus\n"), "time_zone", "Europe/Oslo");
        assertMessage(env("managers:\n  users: U1\n"), "managers.users", "list");
        assertMessage(env("retention_days: many\n"), "retention_days", "number");
        assertMessage(env("a: [unclosed\n"), "not valid YAML", "fix");
        Map<String, String> port = env("");
        port.put("PORT", "http");
        assertMessage(port, "PORT", "1 to 65535");
        Map<String, String> token = env("");
        token.put("SLACK_BOT_TOKEN", "xoxp-user-token");
        assertMessage(token, "SLACK_BOT_TOKEN", "xoxb-");
        Map<String, String> noSecret = env("");
        noSecret.remove("SLACK_SIGNING_SECRET");
        assertMessage(noSecret, "SLACK_SIGNING_SECRET", "Basic Information");
        Map<String, String> db = env("");
        db.put("KOMPIS_DB_URL", "jdbc:mysql://x");
        assertMessage(db, "KOMPIS_DB_URL", "jdbc:sqlite:");
        assertMessage(Map.of("KOMPIS_CONFIG", dir.resolve("missing.yaml").toString()), "not found", "KOMPIS_CONFIG");
    }

    private static void assertMessage(Map<String, String> env, String... parts) {
        assertThatThrownBy(() -> ConfigLoader.load(env))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains(parts).doesNotContain("\n");
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    @Test
    void manyWorkspacesNeedTheClientTheAddressAndTheKeyEachNamedWhenMissing() throws IOException {
        Map<String, String> env = env("");
        env.remove("SLACK_BOT_TOKEN");
        env.put("SLACK_CLIENT_ID", "1.2");
        assertThatThrownBy(() -> ConfigLoader.load(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("SLACK_CLIENT_SECRET is not set");
        env.put("SLACK_CLIENT_SECRET", "cs");
        assertThatThrownBy(() -> ConfigLoader.load(env)).hasMessageStartingWith("KOMPIS_PUBLIC_URL is not set");
        env.put("KOMPIS_PUBLIC_URL", "http://kompis.example.no");
        assertThatThrownBy(() -> ConfigLoader.load(env)).hasMessageContaining("https");
        env.put("KOMPIS_PUBLIC_URL", "https://kompis.example.no/");
        assertThatThrownBy(() -> ConfigLoader.load(env)).hasMessageStartingWith("KOMPIS_SECRET_KEY is not set");
        env.put("KOMPIS_SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        env.put("KOMPIS_ALLOWED_WORKSPACES", "T0A, E0B");
        Config c = ConfigLoader.load(env);
        assertThat(c.manyWorkspaces()).isTrue();
        assertThat(c.hasSlackCredentials()).isTrue();
        assertThat(c.oauth().redirectUri()).isEqualTo("https://kompis.example.no/slack/oauth_redirect");
        assertThat(c.installs().allows(null, "T0A")).isTrue();
        assertThat(c.installs().allows("E0B", "T0Z")).isTrue();
        assertThat(c.installs().allows(null, "T0Z")).isFalse();
        assertThat(c.toString()).doesNotContain("cs,").doesNotContain("MDEyMzQ1");
    }

    @Test
    void aBotTokenKeepsSingleWorkspaceModeEvenWithAClientIdSet() throws IOException {
        Map<String, String> env = env("");
        env.put("SLACK_CLIENT_ID", "1.2");
        env.put("SLACK_CLIENT_SECRET", "cs");
        env.put("KOMPIS_PUBLIC_URL", "https://kompis.example.no");
        Config c = ConfigLoader.load(env);
        assertThat(c.manyWorkspaces()).isFalse();
        assertThat(c.oauth()).isNull();
        assertThat(c.insights().clientId())
                .as("the same client signs managers in to /insights")
                .isEqualTo("1.2");
    }
}
