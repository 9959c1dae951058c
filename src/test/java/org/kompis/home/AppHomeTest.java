package org.kompis.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.slack.Blocks;
import org.kompis.testing.Json;
import org.kompis.testing.TestApp;

class AppHomeTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
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
    void openingTheHomeTabPublishesItInThePersonsLanguage() {
        app.kit().home().add((team, user, t) -> java.util.List.of(Blocks.section("*" + t.t("privacy.title") + "*")));
        assertThat(app.event("Ev-home-1", opened(TestApp.SVEN)).statusCode()).isEqualTo(200);
        var publish = app.slack.await("views.publish", c -> TestApp.SVEN.equals(c.param("user_id")));
        String shown = Json.text(publish.param("view"));
        assertThat(publish.param("view")).contains("\"type\":\"home\"", "\"type\":\"header\"", "\"type\":\"divider\"");
        assertThat(shown)
                .contains("Ditt lärande på jobbet", "Dina uppgifter i Kompis", "Kompis pratar svenska med dig");
    }

    @Test
    void aFailingSectionIsLeftOutAndTheRestStillShows() {
        app.kit().home().add((team, user, t) -> {
            throw new IllegalStateException("broken ritual");
        });
        app.event("Ev-home-2", opened(TestApp.EMMA));
        assertThat(Json.text(app.slack
                        .await("views.publish", c -> TestApp.EMMA.equals(c.param("user_id")))
                        .param("view")))
                .contains("Your learning at work in one place");
    }
}
