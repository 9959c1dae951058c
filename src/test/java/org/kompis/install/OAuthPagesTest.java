package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeOAuth;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** "Add to Slack": the page in three languages, and a clear page, with nothing stored, for every failure. */
class OAuthPagesTest {
    OAuthRig rig = new OAuthRig(Map.of("KOMPIS_ALLOWED_WORKSPACES", "T0AAAA,T0BBBB,E0ORG"));

    @AfterEach
    void close() {
        rig.close();
    }

    int bots() {
        return Sql.count(rig.app.kit().jdbi(), "select count(*) from slack_bots");
    }

    @Test
    void theInstallPageSpeaksTheVisitorsLanguageAndLinksToSlackWithAStoredState() {
        HttpResponse<String> nb = rig.get("/slack/install", "nb-NO,nb;q=0.9", null);
        assertThat(nb.statusCode()).isEqualTo(200);
        assertThat(nb.body())
                .contains("lang=\"nb\"")
                .contains("Legg til i Slack")
                .contains("https://slack.com/oauth/v2/authorize?client_id=" + FakeOAuth.CLIENT_ID)
                .contains("redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fslack%2Foauth_redirect");
        assertThat(nb.headers().allValues("set-cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("slack-app-oauth-state=")
                        .contains("HttpOnly")
                        .contains("Secure"));
        assertThat(rig.get("/slack/install?lang=sv", "en-US", null).body()).contains("Lägg till i Slack");
        assertThat(rig.get("/slack/install", "de-DE", null).body()).contains("Add to Slack");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from oauth_states"))
                .isEqualTo(3);
    }

    @Test
    void cancellingInSlackShowsThatNothingWasInstalled() {
        HttpResponse<String> page = rig.get("/slack/install", "sv", null);
        String cookie = page.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        String state = cookie.substring(cookie.indexOf('=') + 1);
        HttpResponse<String> denied = rig.get("/slack/oauth_redirect?error=access_denied&state=" + state, "sv", cookie);
        assertThat(denied.statusCode()).isEqualTo(200);
        assertThat(denied.body()).contains("Kompis installerades inte").contains("href=\"/slack/install\"");
        assertThat(bots()).isZero();
    }

    @Test
    void anExpiredReusedOrForeignStateIsRefused() {
        String code = rig.oauth.code("T0AAAA", null, TestApp.MANAGER);
        HttpResponse<String> made =
                rig.get("/slack/oauth_redirect?code=" + code + "&state=made-up", "en", "slack-app-oauth-state=made-up");
        assertThat(made.statusCode()).isEqualTo(400);
        assertThat(made.body()).contains("This installation link has expired");

        HttpResponse<String> page = rig.get("/slack/install", "nb", null);
        String cookie = page.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        String state = cookie.substring(cookie.indexOf('=') + 1);
        rig.app.clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> late = rig.get("/slack/oauth_redirect?code=" + code + "&state=" + state, "nb", cookie);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Denne installasjonslenken har gått ut");

        HttpResponse<String> noCookie = rig.get("/slack/oauth_redirect?code=" + code + "&state=" + state, "nb", null);
        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(rig.app.slack.calls("oauth.v2.access"))
                .as("no code is exchanged for a bad state")
                .isEmpty();
        assertThat(bots()).isZero();
    }

    @Test
    void aRedirectWorksOnce() {
        HttpResponse<String> first = rig.install("", "en", rig.oauth.code("T0AAAA", null, TestApp.MANAGER));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.request().uri().getQuery()).contains("state=");
        HttpResponse<String> replay = rig.get(
                first.request().uri().getPath() + "?" + first.request().uri().getQuery(),
                "en",
                first.request().headers().firstValue("Cookie").orElseThrow());
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(rig.app.slack.calls("oauth.v2.access")).hasSize(1);
    }

    @Test
    void aWorkspaceThisKompisDoesNotServeIsRefusedAndItsTokenRevoked() {
        HttpResponse<String> other = rig.install("", "nb", rig.oauth.code("T0OTHER", null, TestApp.MANAGER));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Kompis kan ikke installeres i dette arbeidsområdet");
        FakeSlack.Call revoke = rig.app.slack.await("auth.revoke");
        assertThat(rig.oauth.grantOf(revoke.token()).team()).isEqualTo("T0OTHER");

        HttpResponse<String> meantForA = rig.install("?team=T0AAAA", "en", rig.oauth.code("T0BBBB", null, "UX"));
        assertThat(meantForA.statusCode())
                .as("installed into another workspace than the link was for")
                .isEqualTo(403);
        assertThat(bots()).isZero();

        HttpResponse<String> orgWide = rig.install("", "en", rig.oauth.code(null, "E0ORG", TestApp.MANAGER));
        assertThat(orgWide.statusCode()).isEqualTo(200);
        assertThat(Sql.count(
                        rig.app.kit().jdbi(),
                        "select count(*) from slack_bots where enterprise_id = 'E0ORG' "
                                + "and team_id = '' and is_enterprise_install = 1"))
                .isEqualTo(1);
    }

    @Test
    void slackRefusingTheCodeShowsAFailurePage() {
        HttpResponse<String> bad = rig.install("", "sv", "code-nobody-issued");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Installationen gick inte igenom");
        assertThat(bots()).isZero();
    }
}
