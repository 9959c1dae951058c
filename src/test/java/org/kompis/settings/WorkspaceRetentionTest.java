package org.kompis.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Payloads.option;
import static org.kompis.testing.Payloads.text;
import static org.kompis.testing.Payloads.values;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.lessons.LessonStore;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The nightly purge follows each workspace's own retention: one workspace's choice never deletes another's rows. */
class WorkspaceRetentionTest {
    private static final String OTHER_TEAM = "T0OTHER";

    private static void lessons(TestApp app, String what) {
        LessonStore store = app.kit().jdbi().onDemand(LessonStore.class);
        for (String team : new String[] {FakeSlack.TEAM, OTHER_TEAM}) {
            store.add(NewLesson.of(LessonSource.MANUAL, team, what + " in " + team)
                    .inChannel(TestApp.CHANNEL)
                    .at(app.clock.millis()));
        }
    }

    private static void choose(TestApp app, String retention) {
        choose(app, retention, "Europe/Oslo");
    }

    private static void choose(TestApp app, String retention, String zone) {
        var r = app.submit(
                TestApp.ADMIN,
                "workspace_settings",
                "",
                values(
                        "lang",
                        "lang",
                        option("en"),
                        "zone",
                        "zone",
                        option(zone),
                        "holidays",
                        "holidays",
                        option("no"),
                        "group",
                        "group",
                        text(""),
                        "retention",
                        "retention",
                        text(retention)));
        assertThat(r.body()).contains("\"response_action\":\"update\"");
    }

    @Test
    void aWorkspacesRetentionPurgesOnlyItsOwnRows() {
        try (TestApp app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"))) {
            choose(app, "30");
            lessons(app, "Old");
            app.clock.advance(Duration.ofDays(35));
            lessons(app, "New");
            app.clock.advance(Duration.ofDays(1));
            app.kit().scheduler().runDue();

            assertThat(Sql.strings(app.kit().jdbi(), "select text from lessons order by text"))
                    .containsExactly("New in T0KOMPIS", "New in T0OTHER", "Old in T0OTHER");
        }
    }

    /** Before: the purge ran at 03:15 in the file's zone for every workspace. */
    @Test
    void aWorkspacesPurgeRunsInItsOwnNight() {
        try (TestApp app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"))) {
            choose(app, "30", "Europe/London");
            assertThat(app.kit().scheduler().due("privacy.purge", FakeSlack.TEAM))
                    .as("03:15 in London, not in Oslo")
                    .contains(Instant.parse("2026-11-21T03:15:00Z"));
        }
    }

    @Test
    void aWorkspaceThatKeepsEverythingOverridesTheFilesRetention() {
        try (TestApp app = TestApp.start("retention_days: 30\n", Instant.parse("2026-11-20T09:00:00Z"))) {
            choose(app, "0");
            lessons(app, "Old");
            app.clock.advance(Duration.ofDays(36));
            app.kit().scheduler().runDue();

            assertThat(Sql.strings(app.kit().jdbi(), "select text from lessons order by text"))
                    .containsExactly("Old in T0KOMPIS");
        }
    }
}
