package org.kompis.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.Commands;
import org.kompis.testing.Json;
import org.kompis.testing.TestApp;

/** /kompis help and /kompis language, end to end through the signed HTTP endpoint and the fake Slack. */
class HelpCommandTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void helpSpeaksTheAskersSlackLocale() {
        assertThat(app.reply(app.command(TestApp.EMMA, "/kompis", "help")))
                .contains("Kompis: learning in everyday work");
        assertThat(app.reply(app.command(TestApp.KARI, "/kompis", "help"))).contains("Kompis: læring i hverdagen");
        assertThat(app.reply(app.command(TestApp.SVEN, "/kompis", "help"))).contains("Kompis: lärande i vardagen");
    }

    @Test
    void helpIsEphemeralAndListsEveryCommand() {
        String raw = app.reply(app.command(TestApp.EMMA, "/kompis", ""));
        assertThat(raw).contains("\"response_type\":\"ephemeral\"");
        String reply = Json.text(raw);
        assertThat(reply).contains("/kompis language");
        for (Commands.Sub sub : app.kit().commands().all()) {
            assertThat(reply)
                    .contains(org.kompis.slack.Mrkdwn.escape(("/" + sub.command() + " " + sub.usage()).trim()));
        }
    }

    @Test
    void unknownWordsAnswerWithHelp() {
        assertThat(app.reply(app.command(TestApp.EMMA, "/kompis", "frobnicate now")))
                .contains("Kompis: learning in everyday work");
    }

    @Test
    void aChosenLanguageBeatsTheSlackLocale() {
        String set = app.reply(app.command(TestApp.OLA, "/kompis", "language sv"));
        assertThat(set).contains("Kompis pratar svenska med dig");
        assertThat(app.reply(app.command(TestApp.OLA, "/kompis", "help"))).contains("Kompis: lärande i vardagen");
        app.reply(app.command(TestApp.OLA, "/kompis", "language norsk"));
        assertThat(app.reply(app.command(TestApp.OLA, "/kompis", "language"))).contains("norsk (bokmål)");
    }

    @Test
    void anUnknownLanguageSaysWhichOnesExist() {
        assertThat(app.reply(app.command(TestApp.EMMA, "/kompis", "language klingon")))
                .contains("klingon")
                .contains("`nb` (norsk bokmål)");
    }
}
