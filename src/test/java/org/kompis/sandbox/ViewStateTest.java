package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the page sends becomes the state.values Slack would send, with the option objects the view declared. */
class ViewStateTest {
    private static JsonObject view() {
        JsonObject v = JsonParser.parseString(GsonFactory.createSnakeCase().toJson(ProbeRitual.modal("C0GENERAL")))
                .getAsJsonObject();
        BlockIds.fill(v.getAsJsonArray("blocks"));
        return v;
    }

    @Test
    void everyInputTypeGetsSlacksValueShape() {
        JsonObject values = ViewState.values(
                view(),
                Json.obj(
                        "title",
                        Json.obj("title", "Tittel"),
                        "size",
                        Json.obj("size", "m"),
                        "tags",
                        Json.obj("tags", List.of("s", "l")),
                        "owner",
                        Json.obj("owner", "U0SVEN"),
                        "people",
                        Json.obj("people", List.of("U0KARI")),
                        "where",
                        Json.obj("where", "C0GENERAL"),
                        "date",
                        Json.obj("date", "2026-12-03"),
                        "time",
                        Json.obj("time", "10:30"),
                        "checks",
                        Json.obj("checks", List.of("s")),
                        "radio",
                        Json.obj("radio", "l")));
        assertThat(values.getAsJsonObject("title").getAsJsonObject("title").toString())
                .isEqualTo("{\"type\":\"plain_text_input\",\"value\":\"Tittel\"}");
        assertThat(values.getAsJsonObject("size")
                        .getAsJsonObject("size")
                        .getAsJsonObject("selected_option")
                        .toString())
                .contains("\"value\":\"m\"")
                .contains("\"text\":\"Middels\"");
        assertThat(values.getAsJsonObject("tags").getAsJsonObject("tags").getAsJsonArray("selected_options"))
                .hasSize(2);
        assertThat(values.getAsJsonObject("owner")
                        .getAsJsonObject("owner")
                        .get("selected_user")
                        .getAsString())
                .isEqualTo("U0SVEN");
        assertThat(values.getAsJsonObject("people")
                        .getAsJsonObject("people")
                        .getAsJsonArray("selected_users")
                        .toString())
                .isEqualTo("[\"U0KARI\"]");
        assertThat(values.getAsJsonObject("where")
                        .getAsJsonObject("where")
                        .get("selected_conversation")
                        .getAsString())
                .isEqualTo("C0GENERAL");
        assertThat(values.getAsJsonObject("date")
                        .getAsJsonObject("date")
                        .get("selected_date")
                        .getAsString())
                .isEqualTo("2026-12-03");
        assertThat(values.getAsJsonObject("time")
                        .getAsJsonObject("time")
                        .get("selected_time")
                        .getAsString())
                .isEqualTo("10:30");
        assertThat(values.getAsJsonObject("checks").getAsJsonObject("checks").getAsJsonArray("selected_options"))
                .hasSize(1);
        assertThat(values.getAsJsonObject("radio")
                        .getAsJsonObject("radio")
                        .getAsJsonObject("selected_option")
                        .get("value")
                        .getAsString())
                .isEqualTo("l");
    }

    @Test
    void emptyInputsAreNullsAndOnlyRequiredOnesAreErrors() {
        JsonObject values = ViewState.values(view(), new JsonObject());
        assertThat(values.getAsJsonObject("size")
                        .getAsJsonObject("size")
                        .get("selected_option")
                        .isJsonNull())
                .isTrue();
        assertThat(ViewState.clientErrors(view(), new JsonObject())).containsOnlyKeys("title");
        assertThat(ViewState.clientErrors(view(), Json.obj("title", Json.obj("title", "  "))))
                .containsKey("title");
        assertThat(ViewState.clientErrors(view(), Json.obj("title", Json.obj("title", "Ok"))))
                .isEmpty();
    }

    @Test
    void anOptionTheViewNeverOfferedIsRefused() {
        assertThatThrownBy(() -> ViewState.values(view(), Json.obj("size", Json.obj("size", "xxl"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingIdsAreFilledStablyAsSlackDoes() {
        var a = JsonParser.parseString(
                        "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Ok\"}}]}]")
                .getAsJsonArray();
        var b = a.deepCopy();
        BlockIds.fill(a);
        BlockIds.fill(b);
        assertThat(a.get(0).getAsJsonObject().get("block_id").getAsString())
                .isNotBlank()
                .isEqualTo(b.get(0).getAsJsonObject().get("block_id").getAsString());
        assertThat(a.get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("elements")
                        .get(0)
                        .getAsJsonObject()
                        .has("action_id"))
                .isTrue();
    }
}
