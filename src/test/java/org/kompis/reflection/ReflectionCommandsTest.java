package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * /reflect schedule, off, status, add, prompts, remove and the settings modal, in English, Norwegian and Swedish.
 * Friday 20 November 2026, 10:00 in Oslo and Stockholm.
 */
class ReflectionCommandsTest {
    static final Instant FRIDAY_10_OSLO = Instant.parse("2026-11-20T09:00:00Z");
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start("", FRIDAY_10_OSLO);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void friday() {
        app.clock.set(FRIDAY_10_OSLO);
    }

    static String say(String user, String channel, String text) {
        return text(app.reply(app.command(user, channel, "/reflect", text)));
    }

    /** The text of an ephemeral answer (Slack's JSON escapes apostrophes and angle brackets). */
    static String text(String json) {
        return JsonParser.parseString(json).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void scheduleInEnglish() {
        assertThat(say(TestApp.ADMIN, "C0EN", "schedule fri 09:00"))
                .isEqualTo("Done: a reflection prompt will be posted in "
                        + "this channel every Friday at 09:00 (Europe/Oslo). Next prompt: Friday 27 November at 09:00. "
                        + "On Norwegian public holidays, and on 24 and 31 December, it moves to the next working day.");
        assertThat(Sql.one(
                        app.kit().jdbi(), "select lang from channel_settings where channel_id = 'C0EN'", String.class))
                .isEqualTo("en");
    }

    @Test
    void scheduleInNorwegianEveryOtherWeek() {
        assertThat(say(TestApp.MANAGER, "C0NB", "schedule fredag 09:00 annenhver"))
                .isEqualTo("Greit. Et refleksjonsspørsmål "
                        + "legges ut i denne kanalen annenhver fredag kl. 09:00 (Europe/Oslo). Neste spørsmål: fredag 27. november kl. 09:00. "
                        + "På norske helligdager og på julaften og nyttårsaften flyttes det til neste arbeidsdag.");
        assertThat(Sql.count(app.kit().jdbi(), "select every_weeks from schedules where channel_id = 'C0NB'"))
                .isEqualTo(2);
    }

    @Test
    void scheduleInSwedishUsesTheManagersStockholmTimeAndSpeaksSwedishInTheChannel() {
        assertThat(say(TestApp.ASTRID, "C0SV", "schedule fre 14:30"))
                .isEqualTo("Klart. En reflektionsfråga läggs ut i den "
                        + "här kanalen varje fredag kl. 14:30 (Europe/Stockholm). Nästa fråga: fredag 20 november kl. 14:30. "
                        + "På svenska helgdagar flyttas den till nästa arbetsdag.");
        say(TestApp.EMMA, "C0SV", "now");
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> "C0SV".equals(c.param("channel")));
        assertThat(post.param("blocks")).contains("Dags att reflektera").contains("Svara");
    }

    @Test
    void onlyManagersSchedule() {
        assertThat(say(TestApp.KARI, "C0REFUSED", "schedule fre 09:00"))
                .startsWith("Bare ledere")
                .contains("@ledere");
        assertThat(say(TestApp.SVEN, "C0REFUSED", "off")).startsWith("Bara chefer");
        assertThat(say(TestApp.EMMA, "C0REFUSED", "add Hello?")).startsWith("Only managers");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where channel_id = 'C0REFUSED'"))
                .isZero();
    }

    @Test
    void mistakesGetAnAnswerThatSaysWhatToWrite() {
        assertThat(say(TestApp.ADMIN, "C0BAD", "schedule funday 09:00"))
                .contains("\"funday\" is not a day I know")
                .contains("/reflect schedule fri 09:00");
        assertThat(say(TestApp.MANAGER, "C0BAD", "schedule fre 25:00")).contains("«25:00» er ikke et klokkeslett");
        assertThat(say(TestApp.ASTRID, "C0BAD", "schedule fre 09:00 dagligen"))
                .contains("”dagligen” är ingen frekvens");
        assertThat(say(TestApp.ADMIN, "C0BAD", "schedule friday")).contains("read \"friday\"");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where channel_id = 'C0BAD'"))
                .isZero();
    }

    @Test
    void aScheduleForOneMinuteFromNowPostsOnTimeAndOnce() {
        say(TestApp.MANAGER, "C0SOON", "schedule fre 10:01");
        app.clock.set(Instant.parse("2026-11-20T09:00:59Z"));
        app.kit().scheduler().runDue();
        app.clock.set(Instant.parse("2026-11-20T09:01:00Z"));
        app.kit().scheduler().runDue();
        app.slack.await("chat.postMessage", c -> "C0SOON".equals(c.param("channel")));
        app.clock.set(Instant.parse("2026-11-20T09:05:00Z"));
        app.kit().scheduler().runDue();
        ReflectionFlowTest.sleep(1500);
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> "C0SOON".equals(c.param("channel"))))
                .hasSize(1);
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select fire_time from reflection_prompts where channel_id = 'C0SOON'",
                        Long.class))
                .isEqualTo(Instant.parse("2026-11-20T09:01:00Z").toEpochMilli());
    }

    @Test
    void statusAndOff() {
        assertThat(say(TestApp.EMMA, "C0STATUS", "status"))
                .contains("no schedule yet")
                .contains("No prompt has been posted here yet.");
        say(TestApp.ADMIN, "C0STATUS", "schedule fri 09:00");
        assertThat(say(TestApp.EMMA, "C0STATUS", "status"))
                .startsWith("Prompts are posted in this channel every Friday at "
                        + "09:00 (Europe/Oslo). Next prompt: Friday 27 November at 09:00.");
        say(TestApp.EMMA, "C0STATUS", "now");
        app.slack.await("chat.postMessage", c -> "C0STATUS".equals(c.param("channel")));
        assertThat(say(TestApp.KARI, "C0STATUS", "status"))
                .contains("Forrige spørsmål (20. november)")
                .contains("Ingen svar ennå");
        assertThat(say(TestApp.ADMIN, "C0STATUS", "off")).contains("turned off");
        assertThat(say(TestApp.EMMA, "C0STATUS", "status")).contains("paused");
        assertThat(say(TestApp.ADMIN, "C0STATUS", "off")).contains("no scheduled prompts to turn off");
    }

    @Test
    void managersAddTheirOwnPromptsWhichJoinTheRotation() {
        assertThat(say(TestApp.MANAGER, "C0OWN", "add <!channel> Hva overrasket deg denne uka?"))
                .contains("spørsmål nummer 1")
                .contains("&lt;!channel&gt;");
        assertThat(say(TestApp.MANAGER, "C0OWN", "add Hvem hjalp deg?")).contains("nummer 2");
        assertThat(say(TestApp.EMMA, "C0OWN", "prompts"))
                .contains("1. &lt;!channel&gt; Hva overrasket")
                .contains("2. Hvem hjalp deg?");
        assertThat(say(TestApp.MANAGER, "C0OWN", "remove 2")).contains("nummer 2");
        assertThat(say(TestApp.MANAGER, "C0OWN", "remove 7")).contains("«7»");
        assertThat(say(TestApp.MANAGER, "C0OWN", "add")).contains("/reflect add");
        app.kit()
                .jdbi()
                .useHandle(h -> h.execute(
                        "insert into reflection_channels(team_id, channel_id, anonymity, themes, updated_at) values (?, 'C0OWN', 1, 'own', 0)",
                        FakeSlack.TEAM));
        say(TestApp.EMMA, "C0OWN", "now");
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> "C0OWN".equals(c.param("channel")));
        // The SDK writes & in JSON as a unicode escape; the escaped channel mention never becomes a real @channel.
        assertThat(post.param("blocks"))
                .contains("\\u0026lt;!channel\\u0026gt; Hva overrasket deg denne uka?")
                .doesNotContain("<!channel>");
    }

    @Test
    void scheduleWithoutWordsOpensTheSettingsAndSavingThemAppliesEverything() {
        app.command(TestApp.MANAGER, "C0MODAL", "/reflect", "schedule");
        FakeSlack.Call open = app.slack.await("views.open", c -> c.param("view").contains("reflect_settings"));
        assertThat(open.param("view"))
                .contains("Refleksjonsinnstillinger")
                .contains("\"C0MODAL|nb\"")
                .contains("Fredag")
                .contains("Europe/Stockholm")
                .contains("Annenhver uke")
                .contains("Læring av feil")
                .contains("Teamets eget spørsmål");

        JsonObject time = new JsonObject();
        time.addProperty("type", "timepicker");
        time.addProperty("selected_time", "10:30");
        JsonObject values = Payloads.values(
                "day",
                "day",
                Payloads.option("FRIDAY"),
                "time",
                "time",
                time,
                "zone",
                "zone",
                Payloads.option("Europe/Stockholm"),
                "frequency",
                "frequency",
                Payloads.option("2"),
                "language",
                "language",
                Payloads.option("sv"),
                "anonymity",
                "anonymity",
                Payloads.options(),
                "holidays",
                "holidays",
                Payloads.option("se"),
                "themes",
                "themes",
                Payloads.options("mistakes", "feedback"));
        // Refused when the form is sent, and the form stays open with the refusal (issue 12, guarantee 8).
        assertThat(app.submit(TestApp.KARI, "reflect_settings", "C0MODAL|nb", values)
                        .body())
                .contains("\"response_action\":\"errors\"")
                .contains("Bare ledere");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where channel_id = 'C0MODAL'"))
                .isZero();

        app.submit(TestApp.MANAGER, "reflect_settings", "C0MODAL|nb", values);
        FakeSlack.Call confirmed = app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.MANAGER.equals(c.param("user")) && "C0MODAL".equals(c.param("channel")));
        assertThat(confirmed.param("text"))
                .contains("annenhver fredag kl. 10:30 (Europe/Stockholm)")
                .contains("svenske helligdager");
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select anonymity || ' ' || themes || ' ' || time_zone from reflection_channels "
                                + "where channel_id = 'C0MODAL'",
                        String.class))
                .isEqualTo("0 mistakes,feedback Europe/Stockholm");
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select lang from channel_settings where channel_id = 'C0MODAL'",
                        String.class))
                .isEqualTo("sv");
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select every_weeks || ' ' || holidays from schedules where channel_id = 'C0MODAL'",
                        String.class))
                .isEqualTo("2 se");

        say(TestApp.EMMA, "C0MODAL", "now");
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> "C0MODAL".equals(c.param("channel")));
        assertThat(post.param("blocks")).contains("Några minuter räcker.").doesNotContain("anonymt");
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select theme from reflection_prompts where channel_id = 'C0MODAL'",
                        String.class))
                .isIn("mistakes", "feedback");
    }
}
