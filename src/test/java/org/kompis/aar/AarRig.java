package org.kompis.aar;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Shared steps for the after-action review tests: answering, finding posts and DMs, reading text out of blocks. */
final class AarRig {
    private AarRig() {}

    /** Everything a call shows a reader: the text and every "text" string inside its blocks or view, unescaped JSON. */
    static String shown(FakeSlack.Call call) {
        StringBuilder sb = new StringBuilder(String.valueOf(call.param("text")));
        for (String field : List.of("blocks", "view")) {
            String json = call.param(field);
            if (json != null && !json.isBlank()) {
                collect(JsonParser.parseString(json), sb);
            }
        }
        return sb.toString();
    }

    /** The text of an ephemeral answer (a response_url JSON body), with JSON escapes undone. */
    static String text(String json) {
        StringBuilder sb = new StringBuilder();
        collect(JsonParser.parseString(json), sb);
        return sb.toString() + "\n" + json;
    }

    /** Waits for the ephemeral answer to a command and returns what it shows. */
    static String reply(TestApp app, String commandId) {
        return text(app.reply(commandId));
    }

    private static void collect(JsonElement e, StringBuilder sb) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, sb));
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                if (entry.getValue().isJsonPrimitive()
                        && List.of(
                                        "text",
                                        "initial_value",
                                        "value",
                                        "initial_date",
                                        "initial_user",
                                        "callback_id",
                                        "private_metadata",
                                        "action_id",
                                        "response_type")
                                .contains(entry.getKey())) {
                    sb.append('\n').append(entry.getValue().getAsString());
                } else {
                    collect(entry.getValue(), sb);
                }
            }
        }
    }

    /** The DM channel the fake Slack opens for one person. */
    static String dm(String user) {
        return "G" + Math.abs(user.hashCode());
    }

    static long latestReview(TestApp app) {
        return Sql.one(app.kit().jdbi(), "select max(id) from aar_reviews", Long.class);
    }

    static String rootTs(TestApp app, long reviewId) {
        return Sql.one(app.kit().jdbi(), "select message_ts from aar_reviews where id = ?", String.class, reviewId);
    }

    /** Starts a review (a plain title) as the manager and waits until its message is posted; returns its id. */
    static long start(TestApp app, String title) {
        app.command(TestApp.MANAGER, "/aar", title);
        return waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where message_ts is not null and title = ?",
                                title)
                        > 0,
                () -> Sql.one(app.kit().jdbi(), "select max(id) from aar_reviews where title = ?", Long.class, title));
    }

    /** The four answers (null = left empty) and action items as {what, owner, due} triples. */
    static JsonObject answer(String expected, String actual, String difference, String better, String... items) {
        List<Object> v = new ArrayList<>();
        String[] blocks = {"q_expected", "q_actual", "q_difference", "q_better"};
        String[] texts = {expected, actual, difference, better};
        for (int i = 0; i < 4; i++) {
            if (texts[i] != null) {
                v.addAll(List.of(blocks[i], "text", Payloads.text(texts[i])));
            }
        }
        for (int i = 0; i + 2 < items.length; i += 3) {
            int p = i / 3 + 1;
            v.addAll(List.of("item" + p + "_what", "what", Payloads.text(items[i])));
            v.addAll(List.of("item" + p + "_owner", "owner", user(items[i + 1])));
            v.addAll(List.of("item" + p + "_due", "due", Payloads.date(items[i + 2])));
        }
        return Payloads.values(v.toArray());
    }

    static JsonObject user(String id) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "users_select");
        o.addProperty("selected_user", id);
        return o;
    }

    /** Submits an answer and waits until its thread reply shows this version. */
    static void answerAndWait(TestApp app, String user, long reviewId, JsonObject values) {
        var response = app.submit(user, "aar_answer_modal", String.valueOf(reviewId), values);
        if (response.statusCode() != 200 || response.body().contains("errors")) {
            throw new AssertionError("answer refused: " + response.body());
        }
        waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_answers where review_id = ? and user_id = ? and posted_version = version and reply_ts is not null",
                                reviewId,
                                user)
                        == 1,
                () -> null);
    }

    static <T> T waitFor(java.util.function.BooleanSupplier done, java.util.function.Supplier<T> then) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return then.get();
    }
}
