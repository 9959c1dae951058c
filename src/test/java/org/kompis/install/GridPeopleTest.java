package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.install.EnterpriseGridTest.ORG;
import static org.kompis.install.EnterpriseGridTest.SHARED;
import static org.kompis.install.EnterpriseGridTest.W1;
import static org.kompis.install.EnterpriseGridTest.W2;

import com.google.gson.JsonParser;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Issue 16, item 3: a Grid user id is one person in every workspace of the org, so their own choices and data are
 * theirs everywhere in it; and one-workspace mode has no Grid rules at all.
 */
class GridPeopleTest {
    EnterpriseGridTest grid;

    @AfterEach
    void close() {
        if (grid != null) {
            grid.close();
        }
    }

    @Test
    void aPersonsLanguageAndDataAreTheirsInEveryWorkspaceOfTheOrg() {
        grid = new EnterpriseGridTest();
        grid.installOrg(ORG);
        assertThat(grid.say(ORG, W1, TestApp.KARI, "D0KARI", "/kompis", "language sv"))
                .startsWith("Klart!");
        assertThat(grid.say(ORG, W2, TestApp.KARI, "D0KARI2", "/kompis", "language"))
                .as("the choice made in workspace 1 holds in workspace 2: one person, one id")
                .startsWith("Kompis pratar *svenska* med dig");
        assertThat(grid.say(ORG, W2, TestApp.KARI, "D0KARI2", "/kompis", "language en"))
                .startsWith("Done");
        assertThat(grid.say(ORG, W1, TestApp.KARI, "D0KARI", "/kompis", "language"))
                .startsWith("Kompis speaks *English*");

        var privacy = grid.rig.app.kit().privacy();
        assertThat(JsonParser.parseString(privacy.exportJson(W2, TestApp.KARI))
                        .getAsJsonObject()
                        .getAsJsonArray("user_settings"))
                .as("the export from one workspace has the person's rows in the other too")
                .hasSize(2);
        privacy.forget(W2, TestApp.KARI);
        assertThat(Sql.count(
                        grid.rig.app.kit().jdbi(),
                        "select count(*) from user_settings where user_id = ?",
                        TestApp.KARI))
                .as("Delete my data, from either workspace, deletes it in both")
                .isZero();
    }

    @Test
    void oneWorkspaceModeKeepsItsOwnRowsInAGridWorkspace() {
        try (TestApp single = TestApp.start()) {
            single.slack.channel(SHARED, TestApp.MANAGER, TestApp.KARI);
            String id = UUID.randomUUID().toString();
            single.signedPost(
                    Payloads.inOrg(
                            Payloads.command(
                                    "/reflect",
                                    "schedule fre 10:01",
                                    TestApp.MANAGER,
                                    SHARED,
                                    single.slack.responseUrl(id)),
                            ORG),
                    "application/x-www-form-urlencoded");
            single.reply(id);
            assertThat(Sql.one(
                            single.kit().jdbi(),
                            "select team_id from schedules where channel_id = '" + SHARED + "'",
                            String.class))
                    .isEqualTo(FakeSlack.TEAM);
            assertThat(Sql.count(single.kit().jdbi(), "select count(*) from org_channels"))
                    .as("no homes with SLACK_BOT_TOKEN: one workspace, as before")
                    .isZero();
        }
    }
}
