package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The two manifests ask for the same scopes and commands, and "Add to Slack" asks for exactly those scopes. */
class ManifestTest {
    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest(String file) throws IOException {
        return new Yaml().load(Files.readString(Path.of("config", file)));
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> root, String... path) {
        Object node = root;
        for (String p : path) {
            node = ((Map<String, Object>) node).get(p);
        }
        return node;
    }

    @Test
    void manyWorkspacesManifestDiffersOnlyInHowSlackReachesKompis() throws IOException {
        Map<String, Object> one = manifest("slack-app-manifest.yml");
        Map<String, Object> many = manifest("slack-app-manifest-many.yml");
        List<?> scopes = (List<?>) at(one, "oauth_config", "scopes", "bot");
        assertThat(at(many, "oauth_config", "scopes", "bot")).isEqualTo(scopes);
        assertThat(String.join(",", scopes.stream().map(String::valueOf).toList()))
                .isEqualTo(OAuthFlow.SCOPES);
        assertThat(((List<?>) at(many, "features", "slash_commands")).size())
                .isEqualTo(((List<?>) at(one, "features", "slash_commands")).size());
        assertThat(at(many, "settings", "event_subscriptions", "bot_events"))
                .isEqualTo(at(one, "settings", "event_subscriptions", "bot_events"));
        assertThat(at(many, "oauth_config", "redirect_urls"))
                .isEqualTo(List.of(
                        "https://kompis.example.org" + OAuthFlow.REDIRECT_PATH,
                        "https://kompis.example.org/insights/callback"));
        assertThat(at(many, "settings", "socket_mode_enabled")).isEqualTo(false);
        assertThat(at(many, "settings", "token_rotation_enabled")).isEqualTo(true);
    }

    /**
     * Slack sends an event only to an app subscribed to it. Before: {@code app_uninstalled}, {@code tokens_revoked} and
     * {@code user_change} were handled (guarantees 6 and 7) but never subscribed, so they never arrived. Message
     * subtypes are left out: they need the {@code *:history} scopes Kompis does not ask for.
     */
    @Test
    void everyEventKompisHandlesIsSubscribed() throws IOException {
        Pattern handled = Pattern.compile("(?:events\\.on|app\\.event)\\(\\s*(\\w+Event)\\.class");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = handled.matcher(Files.readString(file));
                while (m.find()) {
                    types.add(typeName(m.group(1)));
                }
            }
        }
        types.remove("message");
        assertThat(types).contains("app_uninstalled", "tokens_revoked", "user_change", "member_joined_channel");
        List<Object> subscribed = List.copyOf(
                (List<?>) at(manifest("slack-app-manifest.yml"), "settings", "event_subscriptions", "bot_events"));
        assertThat(subscribed).containsAll(types);
    }

    private static String typeName(String eventClass) {
        try {
            return (String) Class.forName("com.slack.api.model.event." + eventClass)
                    .getField("TYPE_NAME")
                    .get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("not a Slack event class: " + eventClass, e);
        }
    }
}
