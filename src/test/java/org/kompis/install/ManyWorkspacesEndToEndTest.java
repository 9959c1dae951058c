package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Eventually.eventually;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Done-when of issue 16: two workspaces install through "Add to Slack" against the fake Slack, each runs a ritual
 * with its own token, one uninstalls, and the other is untouched.
 */
class ManyWorkspacesEndToEndTest {
    static final String A = "T0AAAA";
    static final String B = "T0BBBB";
    OAuthRig rig = new OAuthRig(Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void twoWorkspacesInstallRunARitualEachAndOneUninstallsWithoutTouchingTheOther() {
        rig.app.slack.channel("CA1", TestApp.MANAGER, TestApp.KARI).channel("CB1", TestApp.MANAGER, TestApp.SVEN);
        HttpResponse<String> installedA =
                rig.install("", "nb-NO,nb;q=0.9,en;q=0.5", rig.oauth.code(A, null, TestApp.MANAGER));
        assertThat(installedA.statusCode()).isEqualTo(200);
        assertThat(installedA.body()).contains("Kompis er installert").contains("Workspace " + A);
        HttpResponse<String> installedB = rig.install("", "sv-SE", rig.oauth.code(B, null, TestApp.MANAGER));
        assertThat(installedB.body()).contains("Kompis är installerad");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from slack_bots"))
                .isEqualTo(2);

        rig.command(A, TestApp.MANAGER, "CA1", "/reflect", "schedule fri 09:00");
        rig.command(B, TestApp.MANAGER, "CB1", "/reflect", "schedule fri 09:00");
        rig.command(A, TestApp.MANAGER, "CA1", "/reflect", "now");
        rig.command(B, TestApp.MANAGER, "CB1", "/reflect", "now");
        FakeSlack.Call postA = rig.app.slack.await("chat.postMessage", c -> "CA1".equals(c.param("channel")));
        FakeSlack.Call postB = rig.app.slack.await("chat.postMessage", c -> "CB1".equals(c.param("channel")));
        assertThat(rig.oauth.grantOf(postA.token()).team())
                .as("A's prompt goes out with A's token")
                .isEqualTo(A);
        assertThat(rig.oauth.grantOf(postB.token()).team()).isEqualTo(B);
        eventually(() -> assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules"))
                .isEqualTo(2));

        JsonObject uninstalled = new JsonObject();
        uninstalled.addProperty("type", "app_uninstalled");
        assertThat(rig.event(A, "Ev-uninstall-A", uninstalled).statusCode()).isEqualTo(200);

        eventually(() -> assertThat(
                        Sql.count(rig.app.kit().jdbi(), "select count(*) from slack_bots where team_id = ?", A))
                .isZero());
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from schedules where team_id = ? and paused = 1", A))
                .isEqualTo(1);
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from schedules where team_id = ? and paused = 0", B))
                .as("B's schedule runs on")
                .isEqualTo(1);
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from slack_bots where team_id = ?", B))
                .isEqualTo(1);

        rig.app.slack.reset();
        rig.command(B, TestApp.MANAGER, "CB1", "/reflect", "now");
        FakeSlack.Call again = rig.app.slack.await("chat.postMessage", c -> "CB1".equals(c.param("channel")));
        assertThat(rig.oauth.grantOf(again.token()).team()).isEqualTo(B);
    }
}
