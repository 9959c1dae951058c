package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.ASTRID;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;
import static org.kompis.sandbox.SandboxApp.shows;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;

/** The lessons library, App Home and {@code /kompis privacy} in a fresh sandbox, through the page's endpoints. */
class LessonsHomePrivacyTest {
    static final String LEARNING = "C0LEARNING";
    static SandboxApp app;

    @BeforeAll
    static void start() {
        app = SandboxApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The latest message {@code as} sees with {@code text}, once it is there. */
    private static JsonObject message(String as, String text) {
        return SandboxApp.messages(app.await(as, s -> shows(s, text))).stream()
                .filter(m -> m.toString().contains(text))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void theDemoLessonsAreFoundOnTheFirstTry() {
        app.command(OLA, GENERAL, "/lessons intranett");
        assertThat(message(OLA, "Lærdommer for «intranett»").toString())
                .contains("Nytt intranett")
                .contains("av Kari Nordmann");
        app.command(SVEN, GENERAL, "/lessons introduktion");
        assertThat(message(SVEN, "Introduktion av nya kollegor")
                        .get("ephemeral")
                        .getAsBoolean())
                .isTrue();
        app.command(ASTRID, GENERAL, "/lessons klage");
        assertThat(message(ASTRID, "Ring før du sender et avslag").toString())
                .as("a public channel's lesson, for everyone")
                .contains("Ett misstag vi lärde oss av");
    }

    @Test
    void searchFiltersNamePeopleAndChannelsAsTyped() {
        app.command(KARI, GENERAL, "/lessons from:@ola in:#team-learning");
        JsonObject found = message(KARI, "Lærdommer for");
        assertThat(found.toString()).contains("Ring før du sender et avslag").doesNotContain("Nytt intranett");
    }

    @Test
    void aLessonWrittenInTheAddModalIsFoundByAColleague() {
        app.command(KARI, LEARNING, "/lessons add");
        app.submit(
                KARI,
                "lessons_add_modal",
                Json.obj(
                        "text",
                        Json.obj("text", "Del skjermen i stedet for å sende skjermbilder: det går raskere."),
                        "topic",
                        Json.obj("topic", "Skjermdeling"),
                        "tags",
                        Json.obj("tags", "#teams veiledning"),
                        "category",
                        Json.obj("category", "from_others"),
                        "visibility",
                        Json.obj("visibility", "channel"),
                        "options",
                        Json.obj("options", List.of())));
        message(KARI, "Lagret. Medlemmene i <#C0LEARNING>");
        app.command(SVEN, LEARNING, "/lessons #teams");
        assertThat(message(SVEN, "Skjermdeling").toString()).contains("Del skjermen i stedet for");
    }

    @Test
    void homeShowsWhatIsComingAndTheNewLessons() {
        app.command(INGRID, LEARNING, "/reflect schedule friday 14:00");
        message(INGRID, "fredag kl. 14:00");
        app.post("/sandbox/ui/open", "as", KARI, "tab", "home");
        String home = app.await(
                        KARI, s -> s.has("home") && s.get("home").toString().contains("Refleksjon"))
                .get("home")
                .toString();
        assertThat(home)
                .contains("Snart i kanalene dine")
                .contains("Nye lærdommer fra kanalene dine")
                .contains("Ring før du sender et avslag")
                .contains("/kompis privacy");
    }

    @Test
    void privacyListsExportsAndDeletesOnlyThePersonsOwnData() {
        var jdbi = app.sandbox.kompis().kit().jdbi();
        app.command(ASTRID, GENERAL, "/kompis privacy");
        assertThat(message(ASTRID, "Dina uppgifter i Kompis").toString())
                .contains("Lärdomsbanken: 1 lärdom du har skrivit");
        app.click(ASTRID, "Dina uppgifter i Kompis", "privacy_export");
        JsonObject export = message(ASTRID, "kompis-my-data.json");
        assertThat(export.get("channel").getAsString())
                .as("in her DM with Kompis")
                .isEqualTo("D0ASTRID");
        String url = export.getAsJsonArray("files")
                .get(0)
                .getAsJsonObject()
                .get("url")
                .getAsString();
        assertThat(app.get(url).body()).contains("U0ASTRID").contains("Lärpar över enheterna");

        app.click(ASTRID, "Dina uppgifter i Kompis", "privacy_delete");
        app.submit(ASTRID, "privacy_delete_modal", Json.obj());
        message(ASTRID, "Kompis har raderat dina uppgifter");
        assertThat(Sql.count(jdbi, "select count(*) from lessons where author_id = ?", ASTRID))
                .isZero();
        assertThat(Sql.count(jdbi, "select count(*) from lessons where author_id = ?", KARI))
                .as("others' stay")
                .isPositive();
    }
}
