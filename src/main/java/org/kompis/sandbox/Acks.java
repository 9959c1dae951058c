package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/** What Slack does with Kompis's acknowledgement of a request: the page sees the same outcome a Slack user would. */
final class Acks {
    static final String CONNECTION_TROUBLE = "We had some trouble connecting. Try again?";

    private final Workspace ws;
    private final EmulatedSlack slack;

    Acks(Workspace ws, EmulatedSlack slack) {
        this.ws = ws;
        this.slack = slack;
    }

    /** A failed command is reported by Slackbot; an ack with text or blocks is shown as the answer. */
    void command(Conversation c, String as, String command, SandboxClient.Ack ack) {
        if (!ack.ok()) {
            ws.write(d -> {
                Message m = slack.chat()
                        .post(d, c.id, null, command + " failed with the error \"" + ack.failure() + "\"", null, as);
                m.user = Demo.SLACKBOT.id();
                return null;
            });
            return;
        }
        JsonObject body = json(ack.body());
        if (body == null) {
            if (!ack.body().isBlank()) {
                ws.write(d -> slack.chat().post(d, c.id, null, ack.body(), null, as));
            }
            return;
        }
        if (!body.has("text") && !body.has("blocks")) {
            return;
        }
        JsonArray blocks = BlockIds.fill(Json.array(body, "blocks").isEmpty() ? null : Json.array(body, "blocks"));
        boolean inChannel = "in_channel".equals(Json.str(body, "response_type"));
        ws.write(d -> slack.chat().post(d, c.id, null, Json.str(body, "text"), blocks, inChannel ? null : as));
    }

    void click(SandboxClient.Ack ack) {
        if (!ack.ok()) {
            ws.notice("warn", "Kompis did not acknowledge: " + ack.failure() + ". Slack would show a warning sign.");
        }
    }

    void event(String type, SandboxClient.Ack ack) {
        if (!ack.ok()) {
            ws.notice(
                    "warn",
                    "Kompis did not accept the " + type + " event: " + ack.failure() + ". Slack would retry it.");
        }
    }

    /** Empty: the modal closes. Otherwise response_action errors, update, push or clear, as Slack applies them. */
    void submission(String as, View v, SandboxClient.Ack ack) {
        ws.write(d -> {
            if (!ack.ok()) {
                v.errors.clear();
                v.errors.put("", CONNECTION_TROUBLE + " (" + ack.failure() + ")");
                return null;
            }
            JsonObject body = json(ack.body());
            String action = body == null ? null : Json.str(body, "response_action");
            switch (action == null ? "" : action) {
                case "errors" -> {
                    v.errors.clear();
                    JsonObject errors = Json.child(body, "errors");
                    if (errors != null) {
                        for (Map.Entry<String, JsonElement> e : errors.entrySet()) {
                            v.errors.put(e.getKey(), e.getValue().getAsString());
                        }
                    }
                }
                case "update", "push" -> {
                    JsonObject view = Json.child(body, "view");
                    try {
                        if (action.equals("update")) {
                            slack.views().replace(v, view == null ? new JsonObject() : view);
                        } else {
                            slack.views().push(d, as, view == null ? new JsonObject() : view);
                        }
                    } catch (SlackError e) {
                        v.errors.put(
                                "",
                                "Slack refused the view in response_action " + action + ": " + e.error()
                                        + (e.detail() == null ? "" : " " + e.detail()));
                    }
                }
                case "clear" -> slack.views().clear(d, as);
                default -> slack.views().close(d, as, v.id);
            }
            return null;
        });
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
            return null;
        }
        try {
            JsonElement e = Json.parse(body, "invalid_json");
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (SlackError e) {
            return null;
        }
    }
}
