package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.shows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;

/** "Run next scheduled job": the sandbox clock jumps to the job's planned time and the job runs, once. */
class TimeTravelTest {
    SandboxApp app;

    @BeforeEach
    void start() {
        app = SandboxApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aTimerSetForTomorrowRunsNowAndTheClockSaysTomorrow() {
        assertThat(app.post("/sandbox/ui/time-travel").get("ran").isJsonNull())
                .as("nothing waits yet")
                .isTrue();
        app.post("/sandbox/ui/command", "as", KARI, "channel", GENERAL, "text", "/kompis probe");
        var modal = app.await(KARI, s -> s.has("modal")).getAsJsonObject("modal");
        Instant submitted = app.sandbox.clock().instant();
        app.post(
                "/sandbox/ui/submit",
                "as",
                KARI,
                "viewId",
                modal.getAsJsonObject("view").get("id").getAsString(),
                "values",
                Json.obj("title", Json.obj("title", "Rutine")));
        var waiting = app.await(KARI, s -> s.has("nextDue"));
        assertThat(waiting.get("nextDue").getAsLong())
                .isBetween(
                        submitted.plus(Duration.ofHours(24)).toEpochMilli(),
                        submitted.plus(Duration.ofHours(24)).plusSeconds(10).toEpochMilli());

        var ran = app.post("/sandbox/ui/time-travel");
        assertThat(ran.get("ran").getAsString()).isEqualTo(ProbeRitual.FOLLOW_UP);
        var after = app.await(KARI, s -> shows(s, "Oppfølging: Rutine"));
        assertThat(after.get("offsetMillis").getAsLong())
                .isGreaterThanOrEqualTo(Duration.ofHours(23).toMillis());
        assertThat(app.sandbox.kompis().kit().clock().instant())
                .as("Kompis reads the same moved clock")
                .isAfter(submitted.plus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(app.post("/sandbox/ui/time-travel").get("ran").isJsonNull())
                .as("it ran once")
                .isTrue();
    }

    @Test
    void aWeeklyScheduleRunsOnceForEachPlannedTime() {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        var scheduler = app.sandbox.kompis().kit().scheduler();
        scheduler.onSchedule("probe-weekly", (schedule, at) -> runs.add(at));
        Recurrence friday = Recurrence.weekly(
                DayOfWeek.FRIDAY,
                LocalTime.of(9, 0),
                ZoneId.of("Europe/Oslo"),
                1,
                Holidays.NONE,
                LocalDate.of(2026, 1, 2));
        scheduler.save(Demo.TEAM, "probe-weekly", GENERAL, friday, Demo.MANAGER);

        assertThat(app.post("/sandbox/ui/time-travel").get("ran").getAsString()).isEqualTo("probe-weekly");
        assertThat(app.post("/sandbox/ui/time-travel").get("ran").getAsString()).isEqualTo("probe-weekly");
        assertThat(runs).hasSize(2);
        assertThat(Duration.between(runs.get(0), runs.get(1))).isBetween(Duration.ofHours(167), Duration.ofHours(169));
        assertThat(runs.get(0).atZone(ZoneId.of("Europe/Oslo")).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(app.sandbox.clock().instant())
                .as("the clock stands at the last run")
                .isBetween(runs.get(1), runs.get(1).plusSeconds(5));
    }
}
