package org.kompis.install;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.kompis.testing.FakeOAuth;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Signer;
import org.kompis.testing.TestApp;

/** Kompis in many-workspace mode against the fake Slack, and a browser that goes through "Add to Slack". */
final class OAuthRig implements AutoCloseable {
    static final String KEY = TokenCipherTest.KEY;

    final TestApp app;
    final FakeOAuth oauth;
    private final HttpClient browser = HttpClient.newHttpClient();

    OAuthRig(Map<String, String> moreEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", null);
        env.put("SLACK_CLIENT_ID", FakeOAuth.CLIENT_ID);
        env.put("SLACK_CLIENT_SECRET", FakeOAuth.CLIENT_SECRET);
        env.put("KOMPIS_PUBLIC_URL", "http://localhost:3000");
        env.put("KOMPIS_SECRET_KEY", KEY);
        env.putAll(moreEnv);
        app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"), env);
        oauth = new FakeOAuth(app.slack);
    }

    /** GET /slack/install as a browser would, then Slack's redirect back with {@code code}; the final page. */
    HttpResponse<String> install(String installQuery, String language, String code) {
        HttpResponse<String> page = get("/slack/install" + installQuery, language, null);
        String cookie = page.headers().allValues("set-cookie").stream()
                .map(c -> c.split(";")[0])
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        String state = cookie.replaceAll(".*slack-app-oauth-state=([^;]*).*", "$1");
        return get("/slack/oauth_redirect?code=" + code + "&state=" + state, language, cookie);
    }

    HttpResponse<String> get(String path, String language, String cookie) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return browser.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A slash command from workspace {@code team}, signed as Slack signs it; returns its response_url id. */
    String command(String team, String user, String channel, String command, String text) {
        String id = java.util.UUID.randomUUID().toString();
        post(
                Payloads.command(command, text, user, channel, app.slack.responseUrl(id)),
                team,
                "application/x-www-form-urlencoded");
        return id;
    }

    HttpResponse<String> event(String team, String eventId, com.google.gson.JsonObject event) {
        return post(Payloads.event(eventId, event), team, "application/json");
    }

    /** Posts {@code body} as workspace {@code team} sends it (the rig's payloads name {@link FakeSlack#TEAM}). */
    HttpResponse<String> post(String body, String team, String contentType) {
        byte[] bytes = body.replace(FakeSlack.TEAM, team).getBytes(StandardCharsets.UTF_8);
        long ts = app.clock.instant().getEpochSecond();
        return app.post(
                bytes,
                contentType,
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(ts),
                        "X-Slack-Signature",
                        Signer.sign(TestApp.SECRET, ts, bytes)));
    }

    @Override
    public void close() {
        app.close();
    }
}
