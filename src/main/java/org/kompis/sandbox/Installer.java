package org.kompis.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds Kompis to each emulated workspace as an admin would: Kompis's "Add to Slack" page (a state in its database and
 * in a cookie), Slack's approval, then the redirect back, where Kompis trades the code for the workspace's token and
 * stores the install. From then on Kompis serves the workspace with that token, exactly as after a real install.
 */
final class Installer {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final InstallApi slack;

    Installer(int port, InstallApi slack) {
        this.base = "http://127.0.0.1:" + port;
        this.slack = slack;
    }

    /** Installs into {@code team} unless Kompis's database already holds its install (a restart). */
    void installIfNeeded(Jdbi jdbi, Roster team) {
        int installed = jdbi.withHandle(h -> h.createQuery("select count(*) from slack_bots where team_id = ?")
                .bind(0, team.teamId())
                .mapTo(Integer.class)
                .one());
        if (installed == 0) {
            install(team);
        }
    }

    void install(Roster team) {
        HttpResponse<String> page = get("/slack/install?team=" + team.teamId(), null);
        // Kompis's state ends with the workspace it was issued for; the other cookie is the page's language.
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .filter(c -> c.endsWith("~" + team.teamId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Kompis's install page set no state cookie"));
        String state = cookie.substring(cookie.indexOf('=') + 1);
        HttpResponse<String> done = get(
                "/slack/oauth_redirect?code=" + slack.approve(team) + "&state="
                        + URLEncoder.encode(state, StandardCharsets.UTF_8),
                cookie);
        if (done.statusCode() != 200) {
            throw new IllegalStateException(
                    "Kompis did not install the sandbox workspace " + team.teamId() + ": HTTP " + done.statusCode());
        }
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Kompis's install pages could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing", e);
        }
    }
}
