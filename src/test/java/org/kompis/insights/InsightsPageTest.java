package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

/** /insights end to end: sign in with Slack, manager rights, the report's tables, CSV, sign-out, expiry. */
class InsightsPageTest {
    static final String C = TestApp.CHANNEL;
    static final String[] FIVE = {TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA, TestApp.ASTRID};
    InsightsRig rig;

    @BeforeEach
    void start() {
        rig = InsightsRig.start();
        Instant week47 = Instant.parse("2026-11-17T10:00:00Z");
        long prompt = rig.seed.prompt(C, week47);
        for (String u : FIVE) {
            rig.seed.answer(prompt, u, week47);
        }
        long review = rig.seed.review(C, week47, "Intranet launch");
        for (String u : FIVE) {
            rig.seed.reviewAnswer(review, u);
        }
        rig.seed.action(review, 1, "=HYPERLINK(\"http://x\")", TestApp.KARI, "2026-11-10", "open");
        rig.seed.action(review, 2, "Write the checklist", TestApp.SVEN, "2026-11-18", "done");
        rig.seed.action(review, 3, "Ask IT", TestApp.SVEN, "2026-11-30", "open");
        rig.seed.action(review, 4, "Old idea", TestApp.OLA, "2026-11-19", "dropped");
        rig.seed.miss(C, "onboarding checklist", "2026-11-16", 6);
        rig.seed.miss(C, "rare words", "2026-11-16", 2);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aManagerSignsInWithSlackAndSeesTheirChannelInTheirLanguage() {
        Browser b = rig.signedIn(TestApp.MANAGER);
        var page = b.get("/insights");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<html lang=\"nb\"",
                        "Læringsrapport",
                        "#c0general",
                        "Uke 47 (16. nov.)",
                        "Tiltak, fulgt opp som budsjettet",
                        "onboarding checklist")
                .doesNotContain("rare words");
        assertThat(rig.app.slack.calls("openid.connect.token")).hasSize(1);
        assertThat(rig.app.slack.calls("openid.connect.userInfo")).hasSize(1);
        String en = b.get("/insights?lang=en&channel=" + C).body();
        assertThat(en).contains("<html lang=\"en\"", "Learning report", "Week 47 (16 Nov)");
        assertThat(b.get("/insights?lang=sv").body()).contains("Lärandesrapport", "Vecka 47");
    }

    @Test
    void actionItemsAreABudgetAndTheirCsvNeutralisesFormulas() {
        Browser b = rig.signedIn(TestApp.MANAGER);
        String actions =
                b.get("/insights/csv/actions?channel=" + C + "&lang=en").body();
        assertThat(actions)
                .startsWith("\uFEFFStatus,Action items\r\n")
                .contains("Done,1\r\n", "Open,1\r\n", "Overdue,1\r\n", "Dropped,1\r\n");
        var oldest = b.get("/insights/csv/oldest?channel=" + C + "&lang=en");
        assertThat(oldest.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(oldest.body())
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\",Kari Nordmann,10 Nov 2026,Overdue")
                .contains("Ask IT,Sven Karlsson,30 Nov 2026,Open");
        assertThat(b.get("/insights/csv/owners?channel=" + C + "&lang=en").body())
                .contains("Sven Karlsson,1,0,1,0\r\n", "Kari Nordmann,0,1,0,0\r\n");
        assertThat(b.get("/insights/csv/nonsense?channel=" + C).statusCode()).isEqualTo(404);
    }

    @Test
    void someoneWhoIsNotAManagerSeesNothing() {
        Browser b = rig.signedIn(TestApp.KARI);
        var page = b.get("/insights");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Bare for ledere").doesNotContain("<table", "Uke 47");
        assertThat(b.get("/insights/csv/participation?channel=" + C).statusCode())
                .isEqualTo(403);
    }

    @Test
    void withoutASessionThereIsOnlyTheSignInPage() {
        Browser b = new Browser(rig.app.url(""));
        var page = b.get("/insights?lang=en");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body())
                .contains("Sign in with Slack", "/insights/login")
                .doesNotContain("<table");
        assertThat(b.get("/insights/csv/actions?channel=" + C).statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aCallbackWithAForeignStateIsRefused() {
        Browser b = new Browser(rig.app.url(""));
        var r = b.get("/insights/callback?code=abc&state=forged&lang=en");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Signing in did not work");
        assertThat(rig.app.slack.calls("openid.connect.token")).isEmpty();
        assertThat(b.get("/insights").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutNeedsTheFormsTokenAndEndsTheSession() {
        Browser b = rig.signedIn(TestApp.MANAGER);
        String csrf = Browser.csrf(b.get("/insights").body());
        assertThat(b.post("/insights/logout", Map.of("csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(b.get("/insights").statusCode()).isEqualTo(200);
        assertThat(b.post("/insights/logout", Map.of("csrf", csrf)).statusCode())
                .isEqualTo(200);
        assertThat(b.get("/insights").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAfterEightHours() {
        Browser b = rig.signedIn(TestApp.MANAGER);
        assertThat(b.get("/insights").statusCode()).isEqualTo(200);
        rig.app.clock.advance(Duration.ofHours(8).plusMinutes(1));
        assertThat(b.get("/insights").statusCode()).isEqualTo(401);
    }

    @Test
    void theMonthlyReportIsTurnedOnWithTheFormsToken() {
        Browser b = rig.signedIn(TestApp.MANAGER);
        String csrf = Browser.csrf(b.get("/insights").body());
        assertThat(b.post("/insights/report", Map.of("csrf", "x", "subscribe", "on"))
                        .statusCode())
                .isEqualTo(403);
        var after = b.post("/insights/report", Map.of("csrf", csrf, "subscribe", "on", "lang", "en"));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("You get the learning report as a direct message");
        assertThat(rig.app.kit().scheduler().find(Seed.TEAM, Subscriptions.RITUAL, Subscriptions.ALL))
                .isPresent();
    }
}
