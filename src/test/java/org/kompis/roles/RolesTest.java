package org.kompis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

/** Who is a manager, as the server sees it through the fake Slack's users.info and usergroups. */
class RolesTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void configUserAdminAndGroupMemberAreManagers() {
        Roles roles = app.kit().roles();
        assertThat(roles.isManager(teamId(), TestApp.MANAGER))
                .as("named in config")
                .isTrue();
        assertThat(roles.isManager(teamId(), TestApp.ADMIN))
                .as("workspace admin")
                .isTrue();
        assertThat(roles.isManager(teamId(), TestApp.ASTRID)).as("in @ledere").isTrue();
    }

    @Test
    void anOrdinaryMemberIsNot() {
        assertThat(app.kit().roles().isManager(teamId(), TestApp.KARI)).isFalse();
        assertThat(app.kit().roles().isManager(teamId(), null)).isFalse();
    }

    @Test
    void lookupsAreCachedBriefly() {
        app.slack.reset();
        app.kit().roles().isManager(teamId(), TestApp.EMMA);
        app.kit().roles().isManager(teamId(), TestApp.EMMA);
        assertThat(app.slack.calls("users.info")).hasSizeLessThanOrEqualTo(1);
    }

    private static String teamId() {
        return org.kompis.testing.FakeSlack.TEAM;
    }
}
