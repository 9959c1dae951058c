package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.install.EnterpriseGridTest.ORG;
import static org.kompis.install.EnterpriseGridTest.SHARED;
import static org.kompis.install.EnterpriseGridTest.W1;
import static org.kompis.install.EnterpriseGridTest.W2;
import static org.kompis.testing.Eventually.eventually;

import com.google.gson.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Issue 16, item 3: a shared channel's home at work in a second ritual (a review's buttons and forms), and where the
 * home ends: at the org's edge, and when the home removes Kompis.
 */
class GridHomesTest {
    EnterpriseGridTest grid = new EnterpriseGridTest();

    @AfterEach
    void close() {
        grid.close();
    }

    @Test
    void aReviewStartedInOneWorkspaceIsAnsweredFromTheOther() {
        grid.installOrg(ORG);
        grid.say(ORG, W1, TestApp.MANAGER, "/reflect", "status");
        grid.rig.post(
                Payloads.inOrg(
                        Payloads.command("/aar", "Launch day", TestApp.MANAGER, SHARED, "http://127.0.0.1:1/x"), ORG),
                W1,
                "application/x-www-form-urlencoded");
        eventually(() -> assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(), "select count(*) from aar_reviews where message_ts is not null"))
                .isEqualTo(1));
        long id = Sql.one(grid.rig.app.kit().jdbi(), "select id from aar_reviews", Long.class);
        String root = Sql.one(grid.rig.app.kit().jdbi(), "select message_ts from aar_reviews", String.class);
        grid.rig.app.slack.on("views.open", c -> Map.of("ok", true, "view", Map.of("id", "VAARGRID")));

        grid.rig.post(
                Payloads.inOrg(Payloads.blockAction(TestApp.KARI, SHARED, root, "aar_answer", String.valueOf(id)), ORG),
                W2,
                "application/x-www-form-urlencoded");
        eventually(() -> assertThat(Sql.count(grid.rig.app.kit().jdbi(), "select count(*) from org_forms"))
                .as("workspace 2's click on workspace 1's review opens its answer form")
                .isEqualTo(1));
        JsonObject answer = Payloads.values(
                "q_expected",
                "text",
                Payloads.text("A calm launch"),
                "q_actual",
                "text",
                Payloads.text("The login failed for an hour"));
        grid.rig.post(
                Payloads.inOrg(
                        Payloads.viewSubmission(
                                TestApp.KARI, "aar_answer_modal", String.valueOf(id), answer, "VAARGRID"),
                        ORG),
                W2,
                "application/x-www-form-urlencoded");
        eventually(() -> assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(),
                        "select count(*) from aar_answers where review_id = ? and user_id = ?",
                        id,
                        TestApp.KARI))
                .as("the answer from workspace 2 joins the review, which lives under the channel's home")
                .isEqualTo(1));
    }

    @Test
    void aChannelSharedWithAnotherOrgOrAWorkspaceOutsideAnyOrgIsNotMerged() {
        grid.installOrg(ORG);
        grid.installOrg("E0OTHER");
        assertThat(grid.rig
                        .install("", "nb", grid.rig.oauth.code("T0PLAIN", null, TestApp.MANAGER))
                        .statusCode())
                .isEqualTo(200);
        grid.rig.app.slack.homeTeam("T0OTHERW", TestApp.SVEN).homeTeam("T0PLAIN", TestApp.ASTRID);
        grid.say(ORG, W1, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(grid.say("E0OTHER", "T0OTHERW", TestApp.SVEN, "/reflect", "status"))
                .as("Slack Connect: the other org's side of the channel is its own")
                .doesNotContain("10:01");
        assertThat(grid.say(null, "T0PLAIN", TestApp.ASTRID, "/reflect", "status"))
                .doesNotContain("10:01");
        assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(), "select count(*) from org_channels where channel_id = ?", SHARED))
                .as("a home in each org")
                .isEqualTo(2);
    }

    @Test
    void anOrgInstalledWorkspaceByWorkspaceKeepsEachWorkspacesSideOfTheChannel() {
        // Each workspace's own install answers its people's triggers with its own token; serving one as the other's
        // would open forms with a token Slack did not give for that trigger.
        grid.rig.app.slack.channel(SHARED, TestApp.MANAGER, TestApp.KARI);
        grid.rig.app.slack.orgUsers(ORG, TestApp.MANAGER, TestApp.KARI);
        for (String w : new String[] {W1, W2}) {
            assertThat(grid.rig
                            .install("", "nb", grid.rig.oauth.code(w, ORG, TestApp.MANAGER))
                            .statusCode())
                    .isEqualTo(200);
        }
        grid.say(ORG, W1, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(grid.say(ORG, W2, TestApp.MANAGER, "/reflect", "status"))
                .as("workspace 2's own install has no schedule of its own here yet")
                .doesNotContain("10:01");
        assertThat(Sql.count(grid.rig.app.kit().jdbi(), "select count(*) from org_channels"))
                .isZero();
    }

    @Test
    void whenTheHomeRemovesKompisTheOtherWorkspaceTakesTheChannelOver() {
        grid.installOrg(ORG);
        grid.say(ORG, W1, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        JsonObject gone = new JsonObject();
        gone.addProperty("type", "app_uninstalled");
        grid.rig.post(Payloads.inOrg(Payloads.event("Ev-grid-gone", gone), ORG), W1, "application/json");
        eventually(() -> assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(),
                        "select count(*) from schedules where team_id = ? and paused = 1",
                        W1))
                .isEqualTo(1));

        grid.say(ORG, W2, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(),
                        "select count(*) from schedules where team_id = ? and channel_id = ? and paused = 0",
                        W2,
                        SHARED))
                .as("the channel's work goes on from workspace 2, not paused for good under the home that left")
                .isEqualTo(1);
    }
}
