package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.LessonsRig.shown;
import static org.kompis.testing.Eventually.eventually;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.WeeklyTime;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The weekly digest on the injected clock: set up by a manager, posted once per week, grouped, at most ten. */
class DigestTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void lesson(LessonSource source, String text, String permalink) {
        app.kit()
                .jdbi()
                .onDemand(LessonStore.class)
                .add(NewLesson.of(source, FakeSlack.TEAM, text)
                        .inChannel(TestApp.CHANNEL)
                        .topic("Topic of " + text)
                        .by(TestApp.KARI)
                        .permalink(permalink)
                        .at(app.clock.millis()));
    }

    private String reply(String user, String args) {
        return Json.text(app.reply(app.command(user, "/lessons", "digest" + (args.isEmpty() ? "" : " " + args))));
    }

    private List<FakeSlack.Call> digests() {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> TestApp.CHANNEL.equals(c.param("channel")))
                .toList();
    }

    @Test
    void aManagerSetsItUpAndItPostsOnFridayMorningGroupedBySource() {
        assertThat(reply(TestApp.KARI, "fri 09:00")).contains("Bare ledere");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules"))
                .isZero();
        assertThat(reply(TestApp.KARI, "")).contains("ingen ukentlig oppsummering");

        assertThat(reply(TestApp.MANAGER, "fredag 9.00"))
                .contains("hver fredag kl. 09:00 (Europe/Oslo), neste gang 27. nov. 2026");
        assertThat(reply(TestApp.EMMA, "")).contains("every Friday at 09:00 (Europe/Oslo)");

        lesson(
                LessonSource.AAR,
                "Test the login with real accounts",
                "https://kompis-test.slack.com/archives/C0GENERAL/p1");
        lesson(LessonSource.SIXHATS, "Try the four-day week in one unit", null);
        lesson(LessonSource.MANUAL, "Agendas go out the day before", null);
        app.kit().languages().setChannel(FakeSlack.TEAM, TestApp.CHANNEL, Lang.SV);

        app.clock.set(Instant.parse("2026-11-27T07:59:00Z"));
        app.kit().scheduler().runDue();
        assertThat(digests()).isEmpty();
        app.clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(app.kit().scheduler().runDue()).isEqualTo(1);
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> TestApp.CHANNEL.equals(c.param("channel")));
        String shown = shown(post);
        assertThat(shown)
                .contains(
                        "Veckans lärdomar",
                        "Återblick",
                        "Sex tänkande hattar",
                        "Inskriven för hand",
                        "Test the login",
                        "<https://kompis-test.slack.com/archives/C0GENERAL/p1|Öppna>",
                        "<#C0GENERAL>",
                        "av Kari Nordmann");
        assertThat(shown.indexOf("Återblick")).isLessThan(shown.indexOf("Sex tänkande hattar"));
        assertThat(post.param("blocks"))
                .contains("\"type\":\"header\"", "\"type\":\"divider\"", "\"type\":\"context\"");
        // The outbox keeps the post's ts with the run once Slack has answered.
        eventually(() -> assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_digests where lessons = 3 and message_ts is not null"))
                .isEqualTo(1));

        // The same run again does nothing; next week, with nothing new, nothing is posted.
        app.kit().scheduler().runDue();
        assertThat(digests()).hasSize(1);
        app.clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(app.kit().scheduler().runDue()).isEqualTo(1);
        assertThat(digests()).hasSize(1);
    }

    @Test
    void atMostTenOfTheWeekAndNotOlder() {
        lesson(LessonSource.MANUAL, "An old lesson from before the week", null);
        app.clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 14; i++) {
            lesson(LessonSource.REFLECTION, "Reflection number " + i, null);
        }
        app.command(TestApp.MANAGER, "/lessons", "digest mon 08:30");
        LessonsRig.waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from schedules") == 1);
        app.clock.set(Instant.parse("2026-11-30T07:30:00Z"));
        app.kit().scheduler().runDue();
        String shown = shown(app.slack.await("chat.postMessage", c -> TestApp.CHANNEL.equals(c.param("channel"))));
        assertThat(shown.split("\\*Topic of Reflection number ", -1)).hasSize(Digest.MAX + 1);
        assertThat(shown).doesNotContain("An old lesson");
    }

    @Test
    void offStopsItAndABadTimeIsExplained() {
        app.command(TestApp.MANAGER, "/lessons", "digest fri 09:00");
        LessonsRig.waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from schedules") == 1);
        assertThat(reply(TestApp.MANAGER, "fredager kl 9")).contains("klarte ikke å lese «fredager kl 9»");
        assertThat(reply(TestApp.EMMA, "of the month")).contains("Nothing matches *digest of the month*");
        assertThat(reply(TestApp.MANAGER, "off")).contains("slått av");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where paused = 1"))
                .isEqualTo(1);
        lesson(LessonSource.AAR, "Test the login with real accounts", null);
        app.clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        app.kit().scheduler().runDue();
        assertThat(digests()).isEmpty();
    }

    @Test
    void daysAndTimesAreReadInThreeLanguages() {
        assertThat(WeeklyTime.parse("fri 09:00")).contains(new WeeklyTime(1, DayOfWeek.FRIDAY, LocalTime.of(9, 0)));
        assertThat(WeeklyTime.parse("Fredag kl. 9.30"))
                .contains(new WeeklyTime(1, DayOfWeek.FRIDAY, LocalTime.of(9, 30)));
        assertThat(WeeklyTime.parse("14:05 tisdag"))
                .contains(new WeeklyTime(1, DayOfWeek.TUESDAY, LocalTime.of(14, 5)));
        assertThat(WeeklyTime.parse("måndag 8")).contains(new WeeklyTime(1, DayOfWeek.MONDAY, LocalTime.of(8, 0)));
        assertThat(WeeklyTime.parse("søndag 23:59"))
                .contains(new WeeklyTime(1, DayOfWeek.SUNDAY, LocalTime.of(23, 59)));
        assertThat(WeeklyTime.parse("lör, 7:00")).contains(new WeeklyTime(1, DayOfWeek.SATURDAY, LocalTime.of(7, 0)));
        for (String bad :
                List.of("", "fri", "09:00", "fri 24:00", "fri 9:60", "fri fri 09:00", "someday 09:00", "fri 09:00 x")) {
            assertThat(WeeklyTime.parse(bad)).as(bad).isEmpty();
        }
        // "/lessons digest tips" searches; a schedule with a typo is explained instead.
        assertThat(Digest.isSearch("tips for newsletters")).isTrue();
        assertThat(Digest.isSearch("fri 9:7")).isFalse();
        assertThat(Digest.isSearch("off")).isFalse();
        assertThat(Digest.isSearch("")).isFalse();
    }
}
