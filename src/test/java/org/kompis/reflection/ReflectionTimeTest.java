package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Wall-clock time across DST in Oslo and Stockholm (2026-03-29 and 2026-10-25), and runs that fall on a public
 * holiday of the channel's calendar, through the command and {@code runDue} on the injected clock.
 */
class ReflectionTimeTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start("", Instant.parse("2026-03-28T12:00:00Z"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String say(String user, String channel, String text) {
        return ReflectionCommandsTest.text(app.reply(app.command(user, channel, "/reflect", text)));
    }

    /** Runs what is due at {@code at}. The run's row is written before runDue returns; the post follows. */
    static void runDueAt(String at) {
        app.clock.set(Instant.parse(at));
        app.kit().scheduler().runDue();
    }

    /** The fire times of the prompts of {@code channel}, as instants. */
    static java.util.List<String> runs(String channel) {
        return Sql.strings(
                        app.kit().jdbi(),
                        "select fire_time from reflection_prompts where channel_id = ? order by id",
                        channel)
                .stream()
                .map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)).toString())
                .toList();
    }

    static void awaitPosts(String channel, int n) {
        long deadline = System.currentTimeMillis() + 5000;
        while (app.slack.calls("chat.postMessage").stream()
                        .filter(c -> channel.equals(c.param("channel")))
                        .count()
                < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(channel + " did not get " + n + " post(s)");
            }
            ReflectionFlowTest.sleep(20);
        }
    }

    @Test
    void sundayNineOClockStaysNineOClockAcrossBothDstChangesInOsloAndStockholm() {
        app.clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        assertThat(say(TestApp.MANAGER, "C0DSTOSL", "schedule søn 09:00"))
                .contains("(Europe/Oslo)")
                .contains("søndag 29. mars kl. 09:00");
        assertThat(say(TestApp.ASTRID, "C0DSTSTO", "schedule sön 09:00"))
                .contains("(Europe/Stockholm)")
                .contains("söndag 29 mars kl. 09:00");
        runDueAt("2026-03-29T06:59:59Z");
        assertThat(runs("C0DSTOSL")).as("08:59 winter time is not yet 09:00").isEmpty();
        assertThat(runs("C0DSTSTO")).isEmpty();
        runDueAt("2026-03-29T07:00:00Z");
        assertThat(runs("C0DSTOSL")).containsExactly("2026-03-29T07:00:00Z");
        assertThat(runs("C0DSTSTO")).containsExactly("2026-03-29T07:00:00Z");
        awaitPosts("C0DSTOSL", 1);
        awaitPosts("C0DSTSTO", 1);

        app.clock.set(Instant.parse("2026-10-24T12:00:00Z"));
        assertThat(say(TestApp.MANAGER, "C0DSTOSL", "schedule søn 09:00")).contains("søndag 25. oktober kl. 09:00");
        assertThat(say(TestApp.ASTRID, "C0DSTSTO", "schedule sön 09:00")).contains("söndag 25 oktober kl. 09:00");
        runDueAt("2026-10-25T07:59:59Z");
        assertThat(runs("C0DSTOSL")).as("07:59Z is 08:59 in winter time").hasSize(1);
        assertThat(runs("C0DSTSTO")).hasSize(1);
        runDueAt("2026-10-25T08:00:00Z");
        assertThat(runs("C0DSTOSL")).containsExactly("2026-03-29T07:00:00Z", "2026-10-25T08:00:00Z");
        assertThat(runs("C0DSTSTO")).containsExactly("2026-03-29T07:00:00Z", "2026-10-25T08:00:00Z");
        awaitPosts("C0DSTOSL", 2);
        awaitPosts("C0DSTSTO", 2);
    }

    @Test
    void aRunOnAscensionDayMovesToFriday() {
        app.clock.set(Instant.parse("2026-05-10T12:00:00Z"));
        assertThat(say(TestApp.MANAGER, "C0ASCENSION", "schedule tor 09:00")).contains("fredag 15. mai kl. 09:00");
        runDueAt("2026-05-14T07:00:00Z");
        assertThat(runs("C0ASCENSION")).as("Kristi himmelfartsdag").isEmpty();
        runDueAt("2026-05-15T07:00:00Z");
        assertThat(runs("C0ASCENSION")).containsExactly("2026-05-15T07:00:00Z");
        awaitPosts("C0ASCENSION", 1);
    }

    @Test
    void whitMondayIsAHolidayInNorwayButNotInSweden() {
        app.clock.set(Instant.parse("2026-05-24T12:00:00Z"));
        assertThat(say(TestApp.MANAGER, "C0WHITNO", "schedule man 09:00")).contains("tirsdag 26. mai kl. 09:00");
        assertThat(say(TestApp.ASTRID, "C0WHITSE", "schedule mån 09:00")).contains("måndag 25 maj kl. 09:00");
        runDueAt("2026-05-25T07:00:00Z");
        assertThat(runs("C0WHITSE")).containsExactly("2026-05-25T07:00:00Z");
        assertThat(runs("C0WHITNO")).as("2. pinsedag").isEmpty();
        runDueAt("2026-05-26T07:00:00Z");
        assertThat(runs("C0WHITNO")).containsExactly("2026-05-26T07:00:00Z");
        awaitPosts("C0WHITSE", 1);
        awaitPosts("C0WHITNO", 1);
    }
}
