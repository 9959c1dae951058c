package org.kompis.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.core.InsightsSettings;
import org.kompis.i18n.Lang;
import org.kompis.install.Installs;
import org.kompis.install.OAuthClient;

/** Reads the environment and the YAML file; every failure is a {@link ConfigException} with one clear line. */
public final class ConfigLoader {
    private ConfigLoader() {}

    public static Config load(Map<String, String> env) {
        Path file = Path.of(env.getOrDefault("KOMPIS_CONFIG", "config/kompis.yaml"));
        YamlSettings yaml = YamlSettings.read(file);
        String botToken = blankToNull(env.get("SLACK_BOT_TOKEN"));
        String secret = blankToNull(env.get("SLACK_SIGNING_SECRET"));
        String appToken = blankToNull(env.get("SLACK_APP_TOKEN"));
        if (botToken != null && !botToken.startsWith("xoxb-")) {
            throw new ConfigException(
                    "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app > OAuth & Permissions).");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                    + "(Slack app > Basic Information > App-Level Tokens).");
        }
        if (botToken != null && appToken == null && secret == null) {
            throw new ConfigException(
                    "SLACK_SIGNING_SECRET is not set: copy it from your Slack app's Basic Information page, "
                            + "or set SLACK_APP_TOKEN to use Socket Mode.");
        }
        OAuthClient oauth = botToken == null ? OAuthSettings.client(env) : null;
        Installs installs = oauth != null ? OAuthSettings.installs(env) : null;
        if (installs != null && secret == null) {
            throw new ConfigException(
                    "SLACK_SIGNING_SECRET is not set: installing with \"Add to Slack\" needs HTTP mode; "
                            + "copy the signing secret from your Slack app's Basic Information page.");
        }
        if (botToken == null && oauth == null && (appToken != null || secret != null)) {
            throw new ConfigException("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) "
                    + "from your Slack app's OAuth & Permissions page.");
        }
        String apiUrl = env.getOrDefault("SLACK_API_URL", "https://slack.com/api/");
        if (!apiUrl.matches("https?://.+")) {
            throw new ConfigException(
                    "SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not '" + apiUrl + "'.");
        }
        if (apiUrl.startsWith("http://") && !loopback(apiUrl)) {
            // Tokens travel in every call: plain http is only for a Slack stand-in on this machine.
            throw new ConfigException(
                    "SLACK_API_URL must start with https:// (plain http only to 127.0.0.1 or localhost), " + "not '"
                            + apiUrl + "'.");
        }
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        String dbUrl = env.getOrDefault("KOMPIS_DB_URL", "jdbc:sqlite:data/kompis.db");
        if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql://")) {
            throw new ConfigException(
                    "KOMPIS_DB_URL must be jdbc:sqlite:<file> (such as jdbc:sqlite:data/kompis.db) or "
                            + "jdbc:postgresql://<host>[:port]/<database>.");
        }
        int port = port(env.getOrDefault("PORT", "3000"));
        return new Config(
                port,
                botToken,
                secret,
                appToken,
                apiUrl,
                dbUrl,
                blankToNull(env.get("KOMPIS_DB_USER")),
                blankToNull(env.get("KOMPIS_DB_PASSWORD")),
                file,
                yaml.lang("default_language", Lang.EN),
                yaml.zone("time_zone", ZoneId.of("Europe/Oslo")),
                yaml.stringSet("managers.users"),
                yaml.string("managers.user_group", null),
                Duration.ofMinutes(Math.round(yaml.number("schedules.catch_up_grace_hours", 6) * 60)),
                yaml.number("slack.messages_per_second", 20),
                (int) yaml.number("reflection.reminder_hours", 24),
                (int) yaml.number("pairs.follow_up_days", 5),
                Boolean.parseBoolean(yaml.string("pairs.include_guests", "false")),
                (int) yaml.number("retention_days", 0),
                insights(env, yaml, apiUrl, port),
                oauth,
                installs,
                blankToNull(env.get("SLACK_SIGNING_SECRET_PREVIOUS")));
    }

    private static InsightsSettings insights(Map<String, String> env, YamlSettings yaml, String apiUrl, int port) {
        String clientId = blankToNull(env.get("SLACK_CLIENT_ID"));
        String clientSecret = blankToNull(env.get("SLACK_CLIENT_SECRET"));
        if ((clientId == null) != (clientSecret == null)) {
            throw new ConfigException(
                    "Set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (Slack app > Basic Information) "
                            + "for managers to sign in to /insights, or neither.");
        }
        String publicUrl = blankToNull(env.get("KOMPIS_PUBLIC_URL"));
        if (publicUrl == null) {
            publicUrl = "http://localhost:" + port;
        } else if (!publicUrl.matches("https?://[^/?#]+(/[^?#]*)?")) {
            throw new ConfigException("KOMPIS_PUBLIC_URL must be the http(s) address browsers reach Kompis at, such as "
                    + "https://kompis.example.org, not '" + publicUrl + "'.");
        }
        double minGroup = yaml.number("insights.min_group_size", InsightsSettings.DEFAULT_MIN_GROUP);
        if (minGroup < InsightsSettings.FLOOR) {
            throw new ConfigException("insights.min_group_size must be " + InsightsSettings.FLOOR + " or more: smaller "
                    + "groups make anonymous answers traceable.");
        }
        return new InsightsSettings(
                clientId, clientSecret, publicUrl.replaceAll("/+$", ""), InsightsSettings.authorizeUrlFor(apiUrl), (int)
                        minGroup);
    }

    private static boolean loopback(String url) {
        String host = java.net.URI.create(url).getHost();
        return host != null
                && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1"));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the clear message
        }
        throw new ConfigException("PORT must be a number from 1 to 65535, not '" + value + "'.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
