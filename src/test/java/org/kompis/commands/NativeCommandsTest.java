package org.kompis.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Json;
import org.kompis.testing.TestApp;

/**
 * What a first-time user types: Norwegian and Swedish words beside the English ones, a word Kompis does not know,
 * "end" where a topic was expected, a date in the past. Each gets an answer that says what happened.
 */
class NativeCommandsTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String say(String user, String channel, String command, String text) {
        return Json.text(app.reply(app.command(user, channel, command, text)));
    }

    @Test
    void norwegianAndSwedishSubcommandsWorkAndHelpShowsThem() {
        assertThat(say(TestApp.KARI, "C0NATIVE", "/pairs", "delta")).contains("Du er med i læringsparene");
        assertThat(say(TestApp.SVEN, "C0NATIVE", "/pairs", "lämna")).contains("Du är inte med i lärparen");
        assertThat(say(TestApp.SVEN, "C0NATIVE", "/kompis", "integritet")).contains("Dina uppgifter i Kompis");
        String help = say(TestApp.KARI, "C0NATIVE", "/kompis", "hjelp");
        assertThat(help)
                .contains("/pairs delta", "(eller `join`)", "/reflect plan DAG TT:MM [ukentlig|annenhver]")
                .doesNotContain("DAY HH:MM");
        assertThat(say(TestApp.SVEN, "C0NATIVE", "/kompis", "hjälp"))
                .contains("/pairs delta", "/reflect schema DAG TT:MM");
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/kompis", "help"))
                .contains("/pairs join")
                .doesNotContain("(or `join`)");
    }

    @Test
    void anUnknownWordIsNamedBeforeTheHelp() {
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/kompis", "blah"))
                .contains("\"blah\" is not a command Kompis knows")
                .contains("/pairs join");
        assertThat(say(TestApp.KARI, "C0NATIVE", "/pairs", "blah")).contains("«blah» er ikke en kommando");
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/kompis", "help")).doesNotContain("is not a command");
    }

    @Test
    void endOrSummaryAsATopicAsksWhetherTheRunningOneWasMeant() {
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/sixhats", "end")).contains("Did you mean to finish the exercise");
        assertThat(say(TestApp.SVEN, "C0NATIVE", "/sixhats", "avsluta")).contains("Ville du avsluta övningen");
        assertThat(say(TestApp.ADMIN, "C0NATIVE", "/aar", "summary")).contains("Did you mean to close a review");
        assertThat(say(TestApp.KARI, "C0NATIVE", "/aar", "avslutt")).contains("Ville du avslutte en gjennomgang");
    }

    @Test
    void aListWordFollowedByATitleStartsNoReviewAndSaysHowToGetEither() {
        String nb = say(TestApp.KARI, "C0NATIVE", "/aar", "liste Flytting av arkivet");
        assertThat(nb)
                .contains("`/aar liste` skal stå alene", "`/aar Flytting av arkivet`", "«Flytting av arkivet»")
                .doesNotContain("list Flytting");
        assertThat(say(TestApp.SVEN, "C0NATIVE", "/aar", "lista Flytten")).contains("`/aar lista` ska stå ensamt");
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/aar", "actions for the move"))
                .contains("`/aar actions` takes nothing after it");
        assertThat(app.slack.calls("chat.postMessage"))
                .as("no review was posted")
                .noneMatch(c -> c.toString().contains("Flytt") || c.toString().contains("for the move"));
    }

    @Test
    void aSnoozeDateInThePastSaysSo() {
        assertThat(say(TestApp.KARI, "C0NATIVE", "/pairs", "snooze 2020-01-01"))
                .contains("2020-01-01 er ikke fram i tid");
        assertThat(say(TestApp.EMMA, "C0NATIVE", "/pairs", "snooze someday")).contains("Give a date to snooze until");
    }
}
