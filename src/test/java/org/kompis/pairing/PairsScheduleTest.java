package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Eventually.eventually;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Rounds on a schedule: set by command or modal (managers), run by the scheduler once, shown in status. */
class PairsScheduleTest {
    static PairsRig rig;

    @BeforeAll
    static void start() {
        rig = PairsRig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static int rounds(String channel) {
        return Sql.count(
                rig.app.kit().jdbi(),
                "select count(*) from pairs_rounds where channel_id = ? and status = 'matched'",
                channel);
    }

    @Test
    void aWeeklyScheduleRunsItsRoundOnceOnTheSchedulersThread() {
        String channel = "C0WEEKLY";
        rig.app.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        rig.join(channel, List.of(TestApp.KARI, TestApp.SVEN, TestApp.OLA));
        assertThat(rig.run(TestApp.EMMA, channel, "schedule weekly mon 09:00")).contains("Only managers");
        String set = rig.run(TestApp.MANAGER, channel, "schedule weekly mon 09:00");
        assertThat(set)
                .contains(
                        "Nye læringspar settes sammen hver mandag kl. 09:00",
                        "Neste runde: mandag 23. november kl. 09:00");
        PairsRig.eventually(() -> assertThat(rig.posts(channel))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("every Monday at 09:00", "/pairs join")));
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select holidays from schedules where channel_id = ?",
                        String.class,
                        channel))
                .as("an English channel in Oslo keeps Norway's holidays")
                .isEqualTo("no");
        assertThat(rig.run(TestApp.OLA, channel, "status")).contains("every Monday at 09:00");

        rig.app.clock.set(Instant.parse("2026-11-23T07:59:00Z"));
        rig.app.kit().scheduler().runDue();
        assertThat(rounds(channel)).isZero();
        rig.app.clock.set(Instant.parse("2026-11-23T08:00:00Z"));
        rig.app.kit().scheduler().runDue();
        rig.app.kit().scheduler().runDue();
        assertThat(rounds(channel)).isEqualTo(1);
        long round =
                Sql.one(rig.app.kit().jdbi(), "select id from pairs_rounds where channel_id = ?", Long.class, channel);
        assertThat(Sql.one(rig.app.kit().jdbi(), "select run_key from pairs_rounds where id = ?", String.class, round))
                .startsWith("schedule:");
        rig.groups(round).keySet().forEach(g -> assertThat(rig.dmOf(g)).isNotNull());
        assertThat(rig.run(TestApp.OLA, channel, "join")).contains("Next round: Monday 30 November at 09:00");

        assertThat(rig.run(TestApp.MANAGER, channel, "schedule off")).contains("stoppet");
        assertThat(rig.run(TestApp.OLA, channel, "status")).contains("No rounds are scheduled here");
    }

    @Test
    void biweeklyAndMonthlyInNorwegianAndSwedishWords() {
        rig.app.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        rig.run(TestApp.MANAGER, "C0BI", "schedule annenhver fredag 8.30");
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select every_weeks from schedules where channel_id = 'C0BI'",
                        Integer.class))
                .isEqualTo(2);
        assertThat(rig.run(TestApp.MANAGER, "C0BI", "status"))
                .as("a fortnightly schedule starts next Friday, as 08:30 today has passed")
                .contains("annenhver fredag kl. 08:30. Neste runde: fredag 27. november");
        assertThat(rig.run(TestApp.ASTRID, "C0MONTH", "schedule månadsvis tis 13:00"))
                .contains("var fjärde tisdag kl. 13:00");
        assertThat(Sql.one(
                        rig.app.kit().jdbi(), "select cron from schedules where channel_id = 'C0MONTH'", String.class))
                .isEqualTo("0 0 13 ? * TUE");
        assertThat(rig.run(TestApp.ADMIN, "C0BAD", "schedule someday soon"))
                .contains("/pairs schedule weekly mon 09:00");
    }

    @Test
    void theSettingsModalIsForManagersAndSavesTheSchedule() {
        String channel = "C0MODAL";
        rig.app.command(TestApp.ADMIN, channel, "/pairs", "schedule");
        String view = rig.app
                .slack
                .await("views.open", c -> c.param("view").contains(PairsModals.SCHEDULE))
                .param("view");
        assertThat(view).contains("Every four weeks (monthly)", "\"initial_time\":\"09:00\"", channel);
        JsonObject values = Payloads.values(
                PairsModals.FREQUENCY,
                PairsModals.FREQUENCY,
                Payloads.option("monthly"),
                PairsModals.DAY,
                PairsModals.DAY,
                Payloads.option("FRIDAY"),
                PairsModals.TIME,
                PairsModals.TIME,
                time("14:00"));
        assertThat(PairsRig.errors(rig.submit(TestApp.EMMA, PairsModals.SCHEDULE, channel, values)))
                .contains("Only managers can change when rounds run");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules where channel_id = ?", channel))
                .isZero();
        assertThat(PairsRig.errors(rig.submit(TestApp.ADMIN, PairsModals.SCHEDULE, channel, values)))
                .isEmpty();
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select every_weeks || ' ' || cron from schedules where channel_id = ?",
                        String.class,
                        channel))
                .isEqualTo("4 0 0 14 ? * FRI");
        PairsRig.eventually(() -> assertThat(rig.ephemerals(TestApp.ADMIN))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("every fourth Friday at 14:00")));

        rig.app.command(TestApp.ADMIN, channel, "/pairs", "schedule");
        PairsRig.eventually(() -> assertThat(rig.app.slack.calls("views.open").stream()
                        .filter(c -> c.param("view").contains(PairsModals.SCHEDULE)
                                && c.param("view").contains("\"initial_time\":\"14:00\"")))
                .isNotEmpty());
    }

    @Test
    void aScheduledRoundWithTooFewPeopleSaysSoInTheChannel() {
        String channel = "C0EMPTY";
        rig.app.clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        rig.run(TestApp.MANAGER, channel, "schedule weekly wed 10:00");
        rig.app.clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        try {
            rig.app.kit().scheduler().runDue();
            eventually(() -> assertThat(rig.posts(channel))
                    .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("too few have joined")));
        } finally {
            rig.run(TestApp.MANAGER, channel, "schedule off");
        }
    }

    private static JsonObject time(String hhmm) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "timepicker");
        v.addProperty("selected_time", hhmm);
        return v;
    }
}
