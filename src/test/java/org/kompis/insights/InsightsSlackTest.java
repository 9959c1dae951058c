package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The Slack side: searches that found nothing are counted, the managers' Home section, the monthly report DM. */
class InsightsSlackTest {
    InsightsRig rig;

    @BeforeEach
    void start() {
        rig = InsightsRig.start();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aSearchThatFindsNothingIsCountedByWordsChannelAndWeekWithoutWhoSearched() {
        rig.app.reply(rig.app.command(TestApp.KARI, "/lessons", "Vikarordning #turnus"));
        rig.app.reply(rig.app.command(TestApp.SVEN, "/lessons", "vikarordning"));
        var jdbi = rig.app.kit().jdbi();
        assertThat(Sql.count(
                        jdbi,
                        "select searches from lesson_search_misses where team_id = ? and channel_id = ? "
                                + "and words = 'vikarordning' and week = '2026-11-16'",
                        Seed.TEAM,
                        TestApp.CHANNEL))
                .isEqualTo(2);
        rig.seed.lesson(TestApp.CHANNEL, InsightsRig.NOW, "manual", null, TestApp.KARI);
        jdbi.useHandle(h -> h.execute("update lessons set visibility = 'workspace'"));
        // New words reach the search index through the store, which analyses them (stems, compound parts).
        long id = Sql.count(jdbi, "select max(id) from lessons", new Object[0]);
        jdbi.onDemand(org.kompis.lessons.LessonStore.class).edit(Seed.TEAM, id, null, "Om vikarordning", "");
        rig.app.reply(rig.app.command(TestApp.OLA, "/lessons", "vikarordning"));
        assertThat(Sql.count(jdbi, "select sum(searches) from lesson_search_misses", new Object[0]))
                .isEqualTo(2);
        assertThat(Sql.count(
                        jdbi,
                        "select count(*) from pragma_table_info('lesson_search_misses') where name like " + "'%user%'",
                        new Object[0]))
                .isZero();
    }

    @Test
    void managersSeeALearningReportSectionInAppHomeAndOthersDoNot() {
        Instant week = Instant.parse("2026-11-10T10:00:00Z");
        long prompt = rig.seed.prompt(TestApp.CHANNEL, week);
        for (String u : InsightsPageTest.FIVE) {
            rig.seed.answer(prompt, u, week);
        }
        String home = rig.app.kit().home().view(Seed.TEAM, TestApp.MANAGER).toString();
        assertThat(home)
                .contains("Læringsrapport", "Refleksjonssvar: 0 → 5 (+5)", "/insights", "Send meg månedsrapporten");
        assertThat(rig.app.kit().home().view(Seed.TEAM, TestApp.KARI).toString())
                .doesNotContain("Læringsrapport");
    }

    @Test
    void theMonthlyReportGoesOutOnceOnTheFirstMondayWithALinkToThePage() {
        Subscriptions subscriptions = new Subscriptions(
                rig.app.kit().jdbi(),
                rig.app.kit().scheduler(),
                rig.app.clock,
                team -> java.time.ZoneId.of("Europe/Oslo"));
        subscriptions.set(Seed.TEAM, TestApp.MANAGER, true);
        subscriptions.set(Seed.TEAM, TestApp.KARI, true);
        rig.app.clock.set(Instant.parse("2026-12-07T08:00:30Z"));
        rig.app.kit().scheduler().runDue();
        var dm = rig.app.slack.await("chat.postMessage", c -> c.all().contains("Læringsrapport"));
        assertThat(dm.all()).contains("/insights");
        rig.app.kit().scheduler().runDue();
        assertThat(rig.app.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(Sql.count(
                        rig.app.kit().jdbi(),
                        "select count(*) from insight_reports where month = '2026-12' " + "and sent_at is not null",
                        new Object[0]))
                .isEqualTo(1);
        // A second run for the same month (a restart, another replica) finds the month claimed and sends nothing.
        var settings = rig.app.kit().config().insights();
        new MonthlyReport(
                        rig.app.kit().jdbi(),
                        rig.app.kit().slack(),
                        rig.app.kit().roles(),
                        new Summary(
                                rig.app.kit().jdbi(),
                                rig.app.kit().directory(),
                                rig.app.clock,
                                team -> java.time.ZoneId.of("Europe/Oslo"),
                                new Gate(5)),
                        rig.app.kit().speech()::user,
                        rig.app.clock,
                        team -> java.time.ZoneId.of("Europe/Oslo"),
                        settings.publicUrl())
                .run(
                        rig.app
                                .kit()
                                .scheduler()
                                .find(Seed.TEAM, Subscriptions.RITUAL, Subscriptions.ALL)
                                .orElseThrow(),
                        Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(rig.app.slack.calls("chat.postMessage")).hasSize(1);
    }
}
