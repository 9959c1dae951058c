package org.kompis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kompis.Rituals;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.core.Config;
import org.kompis.core.Kit;
import org.kompis.core.Ritual;

/**
 * The real Kompis on a random port, on a fresh SQLite file with the real migrations, talking to a {@link FakeSlack},
 * on a {@link TestClock}. Requests are signed exactly as Slack signs them.
 */
public final class TestApp implements AutoCloseable {
    public static final String SECRET = "test-signing-secret";
    public static final String CHANNEL = "C0GENERAL";
    /** A manager named in config; nb locale. */
    public static final String MANAGER = "UINGRID";
    /** A workspace admin, hence a manager; en locale. */
    public static final String ADMIN = "UERIK";

    public static final String KARI = "UKARI";
    public static final String SVEN = "USVEN";
    public static final String EMMA = "UEMMA";
    public static final String OLA = "UOLA";
    public static final String ASTRID = "UASTRID";

    public final FakeSlack slack;
    public final TestClock clock;
    public final Kompis kompis;
    public final Path dir;
    /** The database this app runs on: SQLite in {@link #dir}, or a PostgreSQL database in the suite's PostgreSQL half. */
    public final String dbUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    private TestApp(FakeSlack slack, TestClock clock, Kompis kompis, Path dir, String dbUrl) {
        this.dbUrl = dbUrl;
        this.slack = slack;
        this.clock = clock;
        this.kompis = kompis;
        this.dir = dir;
    }

    public static TestApp start() {
        return start("", Instant.parse("2026-11-20T09:00:00Z"));
    }

    /** Starts with {@code extraYaml} appended to the test config, at {@code now}. */
    public static TestApp start(String extraYaml, Instant now) {
        return start(extraYaml, now, Map.of());
    }

    /** As {@link #start(String, Instant)}, with environment variables changed (a null value removes one). */
    public static TestApp start(String extraYaml, Instant now, Map<String, String> envChanges) {
        return start(extraYaml, now, envChanges, Rituals.all());
    }

    /** Like {@link #start(String, Instant)} with these rituals, e.g. one built with a test double. */
    public static TestApp start(String extraYaml, Instant now, List<Ritual> rituals) {
        return start(extraYaml, now, Map.of(), rituals);
    }

    /** As above, with other rituals than {@link Rituals#all()}, e.g. one built with a recording hook. */
    public static TestApp start(String extraYaml, Instant now, Map<String, String> envChanges, List<Ritual> rituals) {
        try {
            Path dir = Files.createTempDirectory("kompis-test");
            FakeSlack slack = people(new FakeSlack());
            Files.writeString(dir.resolve("kompis.yaml"), """
          default_language: en
          time_zone: Europe/Oslo
          managers:
            users: [%s]
            user_group: ledere
          """.formatted(MANAGER) + extraYaml, StandardCharsets.UTF_8);
            Map<String, String> env = new HashMap<>();
            env.put("PORT", "0");
            env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
            env.put("SLACK_SIGNING_SECRET", SECRET);
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("KOMPIS_DB_URL", TestDatabases.fresh(dir, "kompis.db"));
            env.put("KOMPIS_CONFIG", dir.resolve("kompis.yaml").toString());
            envChanges.forEach((k, v) -> {
                if (v == null) {
                    env.remove(k);
                } else {
                    env.put(k, v);
                }
            });
            Config config = ConfigLoader.load(env);
            TestClock clock = new TestClock(now);
            Kompis kompis = Kompis.start(config, clock, false, rituals);
            return new TestApp(slack, clock, kompis, dir, config.dbUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five colleagues and two managers in Oslo and Stockholm, all in #general. */
    public static FakeSlack people(FakeSlack slack) {
        return slack.user(MANAGER, "Ingrid Berg", "nb-NO", false)
                .user(ADMIN, "Erik Lund", "en-US", true)
                .user(KARI, "Kari Nordmann", "nb-NO", false)
                .user(SVEN, "Sven Karlsson", "sv-SE", false)
                .user(EMMA, "Emma Wilson", "en-GB", false)
                .user(OLA, "Ola Hansen", "en-US", false)
                .user(ASTRID, "Astrid Lindqvist", "sv-SE", false)
                .channel(CHANNEL, MANAGER, ADMIN, KARI, SVEN, EMMA, OLA, ASTRID)
                .userGroup("ledere", ASTRID);
    }

    public Kit kit() {
        return kompis.kit();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + kompis.port() + path;
    }

    /** Sends a slash command as Slack would, and returns its response_url id for {@link #reply}. */
    public String command(String user, String command, String text) {
        return command(user, CHANNEL, command, text);
    }

    public String command(String user, String channel, String command, String text) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> r = signedPost(
                Payloads.command(command, text, user, channel, slack.responseUrl(id)),
                "application/x-www-form-urlencoded");
        if (r.statusCode() != 200) {
            throw new AssertionError(command + " " + text + " answered " + r.statusCode() + ": " + r.body());
        }
        return id;
    }

    /** Waits for the ephemeral answer sent to the response_url of command {@code id}; returns its JSON. */
    public String reply(String id) {
        return slack.await("response_url", c -> id.equals(c.param("id"))).param("body");
    }

    public HttpResponse<String> action(String user, String messageTs, String actionId, String value) {
        return signedPost(
                Payloads.blockAction(user, CHANNEL, messageTs, actionId, value), "application/x-www-form-urlencoded");
    }

    /**
     * A click in {@code channel} on a message whose response_url is the fake's {@code responseId}: what Kompis sends
     * there is read with {@link #reply}.
     */
    public HttpResponse<String> action(
            String user, String channel, String messageTs, String actionId, String value, String responseId) {
        return signedPost(
                Payloads.blockAction(user, channel, messageTs, actionId, value, slack.responseUrl(responseId)),
                "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> submit(
            String user, String callbackId, String metadata, com.google.gson.JsonObject values) {
        return signedPost(
                Payloads.viewSubmission(user, callbackId, metadata, values), "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> event(String eventId, com.google.gson.JsonObject event) {
        return signedPost(Payloads.event(eventId, event), "application/json");
    }

    public HttpResponse<String> signedPost(String body, String contentType) {
        long ts = clock.instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(
                bytes,
                contentType,
                Map.of(
                        "X-Slack-Request-Timestamp", String.valueOf(ts),
                        "X-Slack-Signature", Signer.sign(SECRET, ts, bytes)));
    }

    public HttpResponse<String> post(byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/slack/events")))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Http.send(http, request);
    }

    @Override
    public void close() {
        kompis.close();
        slack.close();
        TestDatabases.release(dbUrl);
    }
}
