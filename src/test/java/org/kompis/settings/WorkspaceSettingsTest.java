package org.kompis.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Payloads.option;
import static org.kompis.testing.Payloads.text;
import static org.kompis.testing.Payloads.values;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.core.WorkspaceSettings;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.Holidays;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** {@code /kompis settings}: who may open and save it, what a bad value does, and what a saved value changes. */
class WorkspaceSettingsTest {
    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
        app.slack.userGroup("kompis-ledere", TestApp.KARI);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static JsonObject form(String lang, String zone, String holidays, String group, String retention) {
        return values(
                "lang",
                "lang",
                option(lang),
                "zone",
                "zone",
                option(zone),
                "holidays",
                "holidays",
                option(holidays),
                "group",
                "group",
                text(group),
                "retention",
                "retention",
                text(retention));
    }

    private WorkspaceSettings settings() {
        return app.kit().workspaces().of(FakeSlack.TEAM);
    }

    @Test
    void anAdminOpensTheFormWithTheFilesValuesAndSavesTheWorkspacesOwn() {
        app.command(TestApp.ADMIN, "/kompis", "settings");
        var open = app.slack.await("views.open");
        assertThat(open.param("view")).contains("workspace_settings", "Europe/Oslo", "\"ledere\"");

        HttpResponse<String> saved = app.submit(
                TestApp.ADMIN, "workspace_settings", "", form("nb", "Europe/Stockholm", "se", "@kompis-ledere", "90"));

        assertThat(saved.body()).contains("\"response_action\":\"update\"", "Europe/Stockholm", "90");
        WorkspaceSettings s = settings();
        assertThat(s.defaultLanguage()).isEqualTo(Lang.NB);
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(s.holidays()).isEqualTo(Holidays.SWEDEN);
        assertThat(s.managerUserGroup()).isEqualTo("kompis-ledere");
        assertThat(s.retentionDays()).isEqualTo(90);
        // What rituals read changes with it: the workspace's fallback language, and who is a manager.
        assertThat(app.kit().languages().fallback(FakeSlack.TEAM)).isEqualTo(Lang.NB);
        assertThat(app.kit().roles().isManager(FakeSlack.TEAM, TestApp.KARI)).isTrue();
        assertThat(app.kit().roles().isManager(FakeSlack.TEAM, TestApp.ASTRID)).isFalse();
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from workspace_settings where team_id = ? and updated_by = ?",
                        FakeSlack.TEAM,
                        TestApp.ADMIN))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotAnAdminIsToldSoAndCannotSaveEvenWithAForgedSubmission() {
        String reply = app.command(TestApp.KARI, "/kompis", "settings");
        assertThat(app.reply(reply)).contains("administratorer");
        assertThat(app.slack.calls("views.open")).isEmpty();

        // Managers through the user group are not admins: the group is one of these settings.
        HttpResponse<String> forged =
                app.submit(TestApp.ASTRID, "workspace_settings", "", form("sv", "UTC", "none", "", "30"));

        assertThat(forged.body()).contains("\"response_action\":\"errors\"", "administratörer");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from workspace_settings"))
                .isZero();
        assertThat(settings().timeZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
    }

    @Test
    void badValuesAreShownBesideTheirFieldsAndNothingIsSaved() {
        HttpResponse<String> r = app.submit(
                TestApp.ADMIN, "workspace_settings", "", form("en", "Europe/Oslo", "no", "not a group!", "12"));
        assertThat(r.body()).contains("\"response_action\":\"errors\"", "\"group\"", "\"retention\"", "30", "3650");

        HttpResponse<String> unknown = app.submit(
                TestApp.ADMIN, "workspace_settings", "", form("en", "Europe/Oslo", "no", "finnesikke", "abc"));
        assertThat(unknown.body()).contains("\"retention\"").doesNotContain("finnesikke");

        HttpResponse<String> noGroup =
                app.submit(TestApp.ADMIN, "workspace_settings", "", form("en", "Europe/Oslo", "no", "finnesikke", ""));
        assertThat(noGroup.body()).contains("\"group\"", "@finnesikke");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from workspace_settings"))
                .isZero();
    }

    @Test
    void anEmptyGroupMeansAdminsOnlyAndAnEmptyRetentionKeepsEverything() {
        app.submit(TestApp.ADMIN, "workspace_settings", "", form("en", "Europe/Oslo", "none", "", ""));

        assertThat(settings().managerUserGroup()).isNull();
        assertThat(settings().retentionDays()).isZero();
        assertThat(settings().holidays()).isEqualTo(Holidays.NONE);
        assertThat(app.kit().roles().isManager(FakeSlack.TEAM, TestApp.ASTRID)).isFalse();
    }

    @Test
    void appHomeShowsTheButtonToAdminsOnlyAndTheButtonChecksAgain() {
        assertThat(app.kit()
                        .home()
                        .view(FakeSlack.TEAM, TestApp.ADMIN)
                        .getBlocks()
                        .toString())
                .contains("workspace_settings_open");
        assertThat(app.kit()
                        .home()
                        .view(FakeSlack.TEAM, TestApp.KARI)
                        .getBlocks()
                        .toString())
                .doesNotContain("workspace_settings_open");

        app.action(TestApp.KARI, "1.1", "workspace_settings_open", "open");
        var refused = app.slack.await("views.open");
        assertThat(refused.param("view")).contains("workspace_settings_refused").doesNotContain("\"submit\"");

        app.action(TestApp.ADMIN, "1.2", "workspace_settings_open", "open");
        app.slack.await("views.open", c -> c.param("view").contains("\"callback_id\":\"workspace_settings\""));
    }
}
