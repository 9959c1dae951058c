package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** App Home with every section that has something to show, and the search it opens. */
class LessonsHomeTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.command(TestApp.MANAGER, "/lessons", "digest fri 09:00");
        LessonsRig.waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from schedules") == 1);
        app.kit().jdbi().useHandle(h -> {
            long review = h.createUpdate("""
          insert into aar_reviews(team_id, channel_id, title, created_by, start_key, deadline_date, deadline_at, time_zone,
                                  created_at)
          values (?, ?, 'Launch of the new intranet', ?, 'k1', '2026-11-25', 0, 'Europe/Oslo', 0)""")
                    .bind(0, FakeSlack.TEAM)
                    .bind(1, TestApp.CHANNEL)
                    .bind(2, TestApp.MANAGER)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute("""
          insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, updated_at)
          values (?, ?, ?, 1, 'Write a <!channel> launch checklist', ?, '2026-12-01', 0)""", review, FakeSlack.TEAM, TestApp.KARI, TestApp.KARI);
        });
        LessonStore store = app.kit().jdbi().onDemand(LessonStore.class);
        store.add(NewLesson.of(LessonSource.AAR, FakeSlack.TEAM, "Test the login with real accounts")
                .topic("Intranet")
                .inChannel(TestApp.CHANNEL)
                .by(TestApp.OLA)
                .at(app.clock.millis()));
        store.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "A lesson from a channel Kari is not in")
                .inChannel("C0ELSEWHERE")
                .visibility(Visibility.WORKSPACE)
                .at(app.clock.millis()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonObject opened(String user) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "app_home_opened");
        e.addProperty("user", user);
        e.addProperty("channel", "D1");
        e.addProperty("tab", "home");
        return e;
    }

    @Test
    void homePublishesEverySectionInThePersonsLanguage() {
        assertThat(app.event("Ev-lessons-home-1", opened(TestApp.KARI)).statusCode())
                .isEqualTo(200);
        FakeSlack.Call publish = app.slack.await("views.publish", c -> TestApp.KARI.equals(c.param("user_id")));
        String view = publish.param("view");
        String shown = Json.text(view);
        assertThat(shown)
                .contains(
                        "Snart i kanalene dine",
                        "*Ukens lærdommer* i <#C0GENERAL>: fredag 27. november kl. 09:00",
                        "Dine åpne tiltak",
                        "Write a &lt;!channel&gt; launch checklist",
                        "Launch of the new intranet",
                        "Nye lærdommer fra kanalene dine",
                        "*Intranet*",
                        "Test the login with real accounts",
                        "av Ola Hansen",
                        "Søk i lærdommer",
                        "Kompis snakker norsk (bokmål) med deg")
                .doesNotContain("<!channel>", "A lesson from a channel Kari is not in");
        assertThat(shown.indexOf("Snart i kanalene dine")).isLessThan(shown.indexOf("Dine åpne tiltak"));
        assertThat(shown.indexOf("Dine åpne tiltak")).isLessThan(shown.indexOf("Nye lærdommer"));
        assertThat(view)
                .contains(
                        "\"type\":\"home\"",
                        "\"type\":\"header\"",
                        "\"type\":\"divider\"",
                        "\"type\":\"context\"",
                        LessonsListeners.SEARCH_OPEN);
        assertThat(JsonParser.parseString(view)
                        .getAsJsonObject()
                        .getAsJsonArray("blocks")
                        .size())
                .isLessThanOrEqualTo(100);
    }

    @Test
    void someoneWithNothingYetSeesTheSearchButtonAndAHint() {
        app.slack.channel("C0EMPTY", TestApp.ASTRID).channel(TestApp.CHANNEL, TestApp.MANAGER, TestApp.KARI);
        app.kit().directory().forget(FakeSlack.TEAM, TestApp.ASTRID);
        app.event("Ev-lessons-home-2", opened(TestApp.ASTRID));
        String shown = Json.text(app.slack
                .await("views.publish", c -> TestApp.ASTRID.equals(c.param("user_id")))
                .param("view"));
        assertThat(shown)
                .contains("Sök bland lärdomar", "Inga lärdomar från dina kanaler ännu")
                .doesNotContain("Snart i dina kanaler", "Dina öppna åtgärder");
        TestApp.people(app.slack);
    }

    @Test
    void theSearchButtonOpensASearchWhoseResultsReplaceIt() {
        app.action(TestApp.EMMA, "1.1", LessonsListeners.SEARCH_OPEN, "search");
        FakeSlack.Call open = app.slack.await("views.open", c -> c.param("view").contains(LessonsModals.SEARCH));
        assertThat(Json.text(open.param("view"))).contains("Search lessons", "What are you looking for?");

        var r = app.submit(
                TestApp.EMMA,
                LessonsModals.SEARCH,
                null,
                Payloads.values(LessonsModals.QUERY, LessonsModals.QUERY, Payloads.text("login accounts")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"response_action\":\"update\"", LessonsModals.RESULTS, "Searching");
        FakeSlack.Call results =
                app.slack.await("views.update", c -> c.param("view").contains(LessonsModals.RESULTS));
        assertThat(results.param("view_id")).startsWith("V");
        assertThat(Json.text(results.param("view")))
                .contains("*Intranet*", "Test the login with real accounts", "by Ola Hansen")
                .doesNotContain(LessonsViews.SHARE);

        app.submit(
                TestApp.EMMA,
                LessonsModals.SEARCH,
                null,
                Payloads.values(LessonsModals.QUERY, LessonsModals.QUERY, Payloads.text("in:#nowhere")));
        assertThat(Json.text(app.slack
                        .await("views.update", c -> Json.text(c.param("view")).contains("pick the channel"))
                        .param("view")))
                .contains("Example: `/lessons");
    }
}
