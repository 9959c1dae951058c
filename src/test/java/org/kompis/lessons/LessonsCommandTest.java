package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.LessonsRig.form;
import static org.kompis.lessons.LessonsRig.search;
import static org.kompis.lessons.LessonsRig.shown;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** {@code /lessons} end to end: the add modal, search, "More", "Share in channel", and the answers around them. */
class LessonsCommandTest {
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
    void aLessonWrittenInTheModalIsStoredAndFound() {
        long id = LessonsRig.add(
                app,
                TestApp.KARI,
                TestApp.CHANNEL,
                form(
                        "New colleagues need the <!channel> checklist on day one, " + "not week two.",
                        "Onboarding",
                        "#Onboarding, checklist",
                        "from_others",
                        "channel",
                        "mistake"));
        Map<String, Object> row = app.kit()
                .jdbi()
                .withHandle(h -> h.createQuery("select * from lessons where id = :id")
                        .bind("id", id)
                        .mapToMap()
                        .one());
        assertThat(row)
                .containsEntry("author_id", TestApp.KARI)
                .containsEntry("source", "manual")
                .containsEntry("channel_id", TestApp.CHANNEL)
                .containsEntry("visibility", "channel")
                .containsEntry("tags", "onboarding checklist")
                .containsEntry("category", "from_others")
                .containsEntry("mistake", 1);
        // Kari is told where it went, in Norwegian.
        assertThat(app.slack
                        .await(
                                "chat.postEphemeral",
                                c -> TestApp.KARI.equals(c.param("user"))
                                        && String.valueOf(c.param("text")).startsWith("Lagret"))
                        .param("text"))
                .contains("<#" + TestApp.CHANNEL + ">");
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_channels where channel_id = ? and is_private = 0",
                        TestApp.CHANNEL))
                .as("the channel's privacy is learned")
                .isEqualTo(1);

        String found = search(app, TestApp.EMMA, "checklist day");
        assertThat(found)
                .contains(
                        "Lessons for \"checklist day\"",
                        "*Onboarding*",
                        "A mistake we learned from",
                        "&lt;!channel&gt; checklist",
                        "by Kari Nordmann",
                        "Written by hand",
                        "Share in channel")
                .doesNotContain("<!channel>");
        assertThat(search(app, TestApp.EMMA, "#onboarding from:<@UKARI|kari> source:manual"))
                .contains("*Onboarding*");
    }

    @Test
    void anAnonymousLessonStoresNoAuthorAndSaysAnonymous() {
        long id = LessonsRig.add(
                app,
                TestApp.SVEN,
                TestApp.CHANNEL,
                form(
                        "I sent the budget to the wrong list. " + "Now I check the recipients twice.",
                        "Budget",
                        null,
                        "on_the_job",
                        "workspace",
                        "mistake",
                        "anonymous"));
        assertThat(Sql.one(app.kit().jdbi(), "select author_id from lessons where id = ?", String.class, id))
                .isNull();
        assertThat(Sql.count(
                        app.kit().jdbi(), "select count(*) from lessons where id = ? and visibility = 'workspace'", id))
                .isEqualTo(1);
        assertThat(app.slack
                        .await(
                                "chat.postEphemeral",
                                c -> TestApp.SVEN.equals(c.param("user"))
                                        && String.valueOf(c.param("text")).contains("utan ditt namn"))
                        .param("text"))
                .startsWith("Sparad");

        String found = search(app, TestApp.OLA, "recipients");
        assertThat(found).contains("*Budget*", "by anonymous").doesNotContain("Sven");
        assertThat(search(app, TestApp.OLA, "recipients from:<@USVEN|sven>")).contains("Nothing matches");
    }

    @Test
    void anEmptyLessonIsRefusedInTheModal() {
        var r = app.submit(
                TestApp.EMMA,
                LessonsModals.ADD,
                TestApp.CHANNEL,
                Payloads.values(LessonsModals.VISIBILITY, LessonsModals.VISIBILITY, Payloads.option("channel")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("errors", LessonsModals.TEXT, "Write the lesson itself");
    }

    @Test
    void moreShowsTheNextFiveInPlaceOfTheFirst() {
        for (int i = 1; i <= 7; i++) {
            app.kit()
                    .jdbi()
                    .onDemand(LessonStore.class)
                    .add(NewLesson.of(LessonSource.REFLECTION, FakeSlack.TEAM, "Paging lesson number " + i)
                            .inChannel(TestApp.CHANNEL)
                            .by(TestApp.OLA)
                            .at(app.clock.millis()));
        }
        String first = LessonsRig.searchJson(app, TestApp.EMMA, "paging");
        assertThat(Json.text(first)).contains("(1–5)");
        String more = LessonsRig.buttonValue(first, LessonsViews.MORE);
        assertThat(more).isEqualTo("5|paging");

        var r = app.action(TestApp.EMMA, TestApp.CHANNEL, "1.2", LessonsViews.MORE, more, "more-1");
        assertThat(r.statusCode()).isEqualTo(200);
        String next = app.reply("more-1");
        assertThat(next).contains("\"replace_original\":true", "\"response_type\":\"ephemeral\"");
        assertThat(Json.text(next)).contains("(6–7)", "Paging lesson number").doesNotContain(LessonsViews.MORE);
    }

    @Test
    void shareInChannelPostsWithAttributionAndAnonymityKept() {
        long named = app.kit()
                .jdbi()
                .onDemand(LessonStore.class)
                .add(NewLesson.of(LessonSource.AAR, FakeSlack.TEAM, "Tell the helpdesk before a launch")
                        .inChannel(TestApp.CHANNEL)
                        .topic("Intranet")
                        .by(TestApp.KARI)
                        .permalink("https://kompis-test.slack.com/archives/C0GENERAL/p1")
                        .at(app.clock.millis()))
                .orElseThrow();
        long anonymous = app.kit()
                .jdbi()
                .onDemand(LessonStore.class)
                .add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "Ask for help earlier than feels comfortable")
                        .inChannel(TestApp.CHANNEL)
                        .at(app.clock.millis()))
                .orElseThrow();
        app.kit().jdbi().onDemand(LessonStore.class).rememberChannel(FakeSlack.TEAM, TestApp.CHANNEL, false, 0);

        app.action(TestApp.EMMA, TestApp.CHANNEL, "1.3", LessonsViews.SHARE, String.valueOf(named), "share-1");
        FakeSlack.Call post = app.slack.await(
                "chat.postMessage",
                c -> TestApp.CHANNEL.equals(c.param("channel")) && shown(c).contains("Tell the helpdesk"));
        assertThat(shown(post))
                .contains(
                        "Emma Wilson shared a lesson",
                        "*Intranet*",
                        "by Kari Nordmann",
                        "After-action review",
                        "https://kompis-test.slack.com/archives/C0GENERAL/p1");
        assertThat(post.param("blocks")).doesNotContain("<@UEMMA>", "<@UKARI>");
        assertThat(Json.text(app.reply("share-1"))).contains("Shared in the channel");

        app.action(TestApp.OLA, TestApp.CHANNEL, "1.4", LessonsViews.SHARE, String.valueOf(anonymous), "share-2");
        FakeSlack.Call anon = app.slack.await("chat.postMessage", c -> shown(c).contains("Ask for help earlier"));
        assertThat(shown(anon)).contains("by anonymous", "Ola Hansen shared a lesson");
        // A double click posts once.
        app.action(TestApp.OLA, TestApp.CHANNEL, "1.4", LessonsViews.SHARE, String.valueOf(anonymous), "share-3");
        LessonsRig.settle(app);
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> shown(c).contains("Ask for help earlier")))
                .hasSize(1);
    }

    @Test
    void nothingFoundExplainsTheFiltersWithAnExample() {
        String none = search(app, TestApp.EMMA, "zeppelin #nothing");
        assertThat(none)
                .contains(
                        "Nothing matches *zeppelin #nothing*",
                        "`in:#channel`",
                        "`from:@person`",
                        "`source:aar`",
                        "Example: `/lessons onboarding #checklist");
    }

    @Test
    void norwegianAndSwedishReadersAreShownTheirOwnFilterWords() {
        assertThat(search(app, TestApp.KARI, "zeppelin #nothing"))
                .contains("`i:#kanal`", "`fra:@person`", "`kilde:aar`", "`source:`", "kilde:aar`");
        assertThat(search(app, TestApp.SVEN, "zeppelin #nothing"))
                .contains("`i:#kanal`", "`från:@person`", "`källa:aar`", "`source:`");
        assertThat(search(app, TestApp.KARI, "budsjett fra:@sven")).contains("Skriv `fra:@`");
    }

    @Test
    void aChannelNameWithoutItsIdAsksToPickIt() {
        assertThat(search(app, TestApp.EMMA, "budget in:#økonomi")).contains("pick the channel from Slack's list");
        assertThat(search(app, TestApp.EMMA, "budget from:@sven")).contains("pick the person from Slack's list");
    }

    @Test
    void lessonsAloneIsAGuideWithAWriteButton() {
        String guide = LessonsRig.searchJson(app, TestApp.KARI, "");
        assertThat(Json.text(guide)).contains("Lærdomsbanken", "Eksempel: `/lessons");
        assertThat(LessonsRig.buttonValue(guide, LessonsViews.ADD_OPEN)).isEqualTo("add");
        int before = app.slack.calls("views.open").size();
        app.action(TestApp.KARI, TestApp.CHANNEL, "1.5", LessonsViews.ADD_OPEN, "add", "guide-1");
        LessonsRig.waitFor(() -> app.slack.calls("views.open").size() > before);
        assertThat(app.slack.calls("views.open").get(before).param("view"))
                .contains(LessonsModals.ADD, TestApp.CHANNEL, "Skriv en lærdom");
    }

    @Test
    void addWithWordsPrefillsTheFormAndKompisLessonsRoutesHere() {
        int before = app.slack.calls("views.open").size();
        app.command(TestApp.OLA, "/kompis", "lessons add Always test with real accounts");
        LessonsRig.waitFor(() -> app.slack.calls("views.open").size() > before);
        String view = Json.text(app.slack.calls("views.open").get(before).param("view"));
        assertThat(view)
                .contains(
                        "Always test with real accounts",
                        "Post anonymously",
                        "This channel's members",
                        "Everyone in the workspace",
                        "On the job (70)");
    }
}
