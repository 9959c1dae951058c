package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The steps the lessons tests repeat: search as someone, write a lesson through the modal, read what was shown. */
final class LessonsRig {
    private LessonsRig() {}

    /** {@code /lessons <typed>} as {@code user} in {@code channel}; returns what the ephemeral answer shows. */
    static String search(TestApp app, String user, String channel, String typed) {
        String id = app.command(user, channel, "/lessons", typed);
        String body = app.reply(id);
        assertThat(JsonParser.parseString(body)
                        .getAsJsonObject()
                        .get("response_type")
                        .getAsString())
                .isEqualTo("ephemeral");
        return Json.text(body);
    }

    static String search(TestApp app, String user, String typed) {
        return search(app, user, TestApp.CHANNEL, typed);
    }

    /** The raw ephemeral answer, for the buttons in it. */
    static String searchJson(TestApp app, String user, String typed) {
        return app.reply(app.command(user, "/lessons", typed));
    }

    /** {@code /lessons add} in {@code channel}, then the form submitted with these values; returns the lesson's id. */
    static long add(TestApp app, String user, String channel, JsonObject values) {
        int before = app.slack.calls("views.open").size();
        app.command(user, channel, "/lessons", "add");
        waitFor(() -> app.slack.calls("views.open").size() > before);
        FakeSlack.Call open = app.slack.calls("views.open").get(before);
        assertThat(open.param("view")).contains(LessonsModals.ADD);
        String metadata = JsonParser.parseString(open.param("view"))
                .getAsJsonObject()
                .get("private_metadata")
                .getAsString();
        int rows = Sql.count(app.kit().jdbi(), "select count(*) from lessons");
        HttpResponse<String> r = app.submit(user, LessonsModals.ADD, metadata, values);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body() == null ? "" : r.body()).doesNotContain("errors");
        waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from lessons") > rows);
        settle(app);
        return Sql.one(app.kit().jdbi(), "select max(id) from lessons", Long.class);
    }

    /** The form's values: text, then pairs of (block id, value) for topic, tags, category, visibility. */
    static JsonObject form(
            String text, String topic, String tags, String category, String visibility, String... options) {
        List<Object> v = new ArrayList<>(List.of(LessonsModals.TEXT, LessonsModals.TEXT, Payloads.text(text)));
        if (topic != null) {
            v.addAll(List.of(LessonsModals.TOPIC, LessonsModals.TOPIC, Payloads.text(topic)));
        }
        if (tags != null) {
            v.addAll(List.of(LessonsModals.TAGS, LessonsModals.TAGS, Payloads.text(tags)));
        }
        if (category != null) {
            v.addAll(List.of(LessonsModals.CATEGORY, LessonsModals.CATEGORY, Payloads.option(category)));
        }
        v.addAll(List.of(LessonsModals.VISIBILITY, LessonsModals.VISIBILITY, Payloads.option(visibility)));
        v.addAll(List.of(LessonsModals.OPTIONS, LessonsModals.OPTIONS, Payloads.options(options)));
        return Payloads.values(v.toArray());
    }

    static void waitFor(BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            sleep(10);
        }
    }

    /** Waits until the worker pool is idle: what a click or submission set off has happened. */
    static void settle(TestApp app) {
        var pool = app.kit().workers();
        int quiet = 0;
        long deadline = System.currentTimeMillis() + 5000;
        while (quiet < 3 && System.currentTimeMillis() < deadline) {
            quiet = pool.idle() ? quiet + 1 : 0;
            sleep(15);
        }
    }

    /** What a Web API call shows a reader: text, blocks and view, as plain strings. */
    static String shown(FakeSlack.Call c) {
        return Json.shown(c);
    }

    /** The value of the first button with this action id in a message's JSON. */
    static String buttonValue(String json, String actionId) {
        List<String> values = buttonValues(JsonParser.parseString(json), actionId, new ArrayList<>());
        assertThat(values).as("a %s button", actionId).isNotEmpty();
        return values.get(0);
    }

    static List<String> buttonValues(JsonElement e, String actionId, List<String> out) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("action_id") && actionId.equals(o.get("action_id").getAsString()) && o.has("value")) {
                out.add(o.get("value").getAsString());
            }
            o.entrySet().forEach(x -> buttonValues(x.getValue(), actionId, out));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> buttonValues(x, actionId, out));
        } else if (e.isJsonPrimitive()
                && e.getAsJsonPrimitive().isString()
                && e.getAsString().startsWith("[")) {
            try {
                buttonValues(JsonParser.parseString(e.getAsString()), actionId, out);
            } catch (RuntimeException notJson) {
                // a text that starts with a bracket
            }
        }
        return out;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
