package org.kompis.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import org.kompis.testing.FakeSignIn;
import org.kompis.testing.TestApp;

/** The real Kompis with sign-in set up (client id and secret, a public URL on a known port) and a seeder. */
final class InsightsRig implements AutoCloseable {
    /** A Friday; the report's last week is 16-22 Nov 2026. */
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    final TestApp app;
    final Seed seed;

    private InsightsRig(TestApp app) {
        this.app = app;
        this.seed = new Seed(app.kit().jdbi());
    }

    static InsightsRig start() {
        return start("");
    }

    static InsightsRig start(String yaml) {
        int port = freePort();
        TestApp app = TestApp.start(
                yaml,
                NOW,
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "KOMPIS_PUBLIC_URL",
                        "http://127.0.0.1:" + port,
                        "SLACK_CLIENT_ID",
                        FakeSignIn.CLIENT_ID,
                        "SLACK_CLIENT_SECRET",
                        FakeSignIn.CLIENT_SECRET));
        return new InsightsRig(app);
    }

    /** A browser signed in as {@code user}; the page it lands on is in {@code landing}. */
    Browser signedIn(String user) {
        Browser b = new Browser(app.url(""));
        app.slack.signInAs(user);
        var landing = b.get("/insights/login");
        if (landing.statusCode() != 200 && landing.statusCode() != 403) {
            throw new AssertionError("sign-in ended with " + landing.statusCode() + ": " + landing.body());
        }
        return b;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
