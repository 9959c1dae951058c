package org.kompis.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.kompis.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the sandbox keeps its database and listens, read from the environment (PORT, KOMPIS_DB_URL,
 * KOMPIS_SANDBOX_HOST), and the settings it gives Kompis in place of a real Slack app's.
 */
final class SandboxSettings {
    private static final Logger log = LoggerFactory.getLogger(SandboxSettings.class);

    final Map<String, String> env;
    final String dbUrl;
    final Path db;
    final String host;
    final int port;

    /** Resolves PORT (0: a free port now), so only once the database is known to be the sandbox's. */
    SandboxSettings(Map<String, String> env, String dbUrl) {
        this.env = env;
        this.dbUrl = dbUrl;
        this.db = db(dbUrl);
        this.host = env.getOrDefault("KOMPIS_SANDBOX_HOST", "127.0.0.1");
        this.port = port(env);
    }

    static String dbUrl(Map<String, String> env) {
        return env.getOrDefault("KOMPIS_DB_URL", Sandbox.DEFAULT_DB_URL);
    }

    static Path db(String dbUrl) {
        return Path.of(dbUrl.substring("jdbc:sqlite:".length()).replaceAll("\\?.*$", ""));
    }

    String publicUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Kompis's own settings, as if it ran against Slack with many workspaces: installs through "Add to Slack" (no
     * SLACK_BOT_TOKEN), tokens sealed with {@code sealingKey}, a fresh signing secret, the emulated API's URL.
     */
    Map<String, String> kompisEnv(String signingSecret, String clientSecret, String sealingKey) {
        Map<String, String> e = new HashMap<>(env);
        for (String real : new String[] {
            "SLACK_APP_TOKEN",
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET_PREVIOUS",
            "KOMPIS_SECRET_KEY_PREVIOUS",
            "KOMPIS_ALLOWED_WORKSPACES"
        }) {
            e.remove(real);
        }
        e.put("KOMPIS_SECRET_KEY", sealingKey);
        e.put("SLACK_SIGNING_SECRET", signingSecret);
        e.put("SLACK_API_URL", "http://127.0.0.1:" + port + "/sandbox/api/");
        e.put("KOMPIS_DB_URL", dbUrl);
        e.put("PORT", String.valueOf(port));
        // Sign in with Slack for the insights page, against the emulated authorize page and openid.connect methods.
        e.put("SLACK_CLIENT_ID", SignInApi.CLIENT_ID);
        e.put("SLACK_CLIENT_SECRET", clientSecret);
        e.put("KOMPIS_PUBLIC_URL", publicUrl());
        return e;
    }

    /** The database and SQLite's files beside it; a file that will not go is logged and left. */
    void deleteDatabase() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Path p = Path.of(db + suffix);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                log.warn("Could not delete {}", p, e);
            }
        }
    }

    private static int port(Map<String, String> env) {
        String value = env.getOrDefault("PORT", "3000").trim();
        int p;
        try {
            p = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("PORT must be a number from 1 to 65535, not '" + value + "'.");
        }
        if (p != 0) {
            return p;
        }
        // Kompis must know its own Web API URL before its server starts, so port 0 is resolved here.
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
