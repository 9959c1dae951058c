package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Eventually.eventually;
import static org.kompis.testing.Payloads.option;
import static org.kompis.testing.Payloads.text;
import static org.kompis.testing.Payloads.values;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The learning report counts in the workspace's own zone. Before: in the file's zone, for every workspace. */
class InsightsZoneTest {
    @Test
    void theMonthlyReportRunsOnTheFirstMondayInTheWorkspacesZone() {
        try (TestApp app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"))) {
            var saved = app.submit(
                    TestApp.ADMIN,
                    "workspace_settings",
                    "",
                    values(
                            "lang",
                            "lang",
                            option("en"),
                            "zone",
                            "zone",
                            option("Europe/London"),
                            "holidays",
                            "holidays",
                            option("no"),
                            "group",
                            "group",
                            text(""),
                            "retention",
                            "retention",
                            text("")));
            assertThat(saved.body()).contains("\"response_action\":\"update\"");

            app.action(TestApp.MANAGER, "1.0", InsightsHome.REPORT_ON, "on");

            eventually(() -> assertThat(
                            Sql.strings(app.kit().jdbi(), "select time_zone from schedules where ritual = 'insights'"))
                    .containsExactly("Europe/London"));
        }
    }
}
