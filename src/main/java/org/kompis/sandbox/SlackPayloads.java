package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Request bodies in the shapes Slack sends to an app: slash commands, interactions and Events API callbacks. */
final class SlackPayloads {
    /** Slack's deprecated verification token: still sent, never to be trusted (Kompis checks signatures). */
    private static final String TOKEN = "sandbox-verification-token";

    private SlackPayloads() {}

    static String command(
            Roster r,
            Person user,
            Conversation channel,
            String command,
            String text,
            String responseUrl,
            String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", TOKEN);
        form.put("team_id", r.teamId());
        form.put("team_domain", r.domain());
        form.put("channel_id", channel.id);
        form.put("channel_name", channel.name == null ? "directmessage" : channel.name);
        form.put("user_id", user.id());
        form.put("user_name", user.handle());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", Demo.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A click on a message: {@code message} is the message as Slack shows it to the app, null when ephemeral. */
    static String messageAction(
            Roster r,
            Person user,
            Conversation channel,
            String messageTs,
            JsonObject message,
            JsonObject action,
            JsonObject stateValues,
            String triggerId,
            String responseUrl) {
        JsonObject p = base(r, "block_actions", user);
        p.add(
                "container",
                Json.obj(
                        "type",
                        "message",
                        "message_ts",
                        messageTs,
                        "channel_id",
                        channel.id,
                        "is_ephemeral",
                        message == null));
        p.addProperty("trigger_id", triggerId);
        p.add("channel", Json.obj("id", channel.id, "name", channel.name == null ? "directmessage" : channel.name));
        if (message != null) {
            p.add("message", message);
        }
        p.add("state", Json.obj("values", stateValues));
        p.addProperty("response_url", responseUrl);
        p.add("actions", arrayOf(action));
        return form(p);
    }

    /** A click in a modal or on the Home tab; {@code view} carries the current state. */
    static String viewAction(Roster r, Person user, JsonObject view, JsonObject action, String triggerId) {
        JsonObject p = base(r, "block_actions", user);
        p.add("container", Json.obj("type", "view", "view_id", Json.str(view, "id")));
        p.addProperty("trigger_id", triggerId);
        p.add("view", view);
        p.add("actions", arrayOf(action));
        return form(p);
    }

    static String viewSubmission(Roster r, Person user, JsonObject view, String triggerId) {
        JsonObject p = base(r, "view_submission", user);
        p.addProperty("trigger_id", triggerId);
        p.add("view", view);
        p.add("response_urls", new JsonArray());
        return form(p);
    }

    static String viewClosed(Roster r, Person user, JsonObject view) {
        JsonObject p = base(r, "view_closed", user);
        p.add("view", view);
        p.addProperty("is_cleared", false);
        return form(p);
    }

    /** An Events API callback around {@code event}. */
    static String event(Roster r, JsonObject event, String eventId, long eventTime) {
        return Json.obj(
                        "token",
                        TOKEN,
                        "team_id",
                        r.teamId(),
                        "api_app_id",
                        Demo.APP_ID,
                        "event",
                        event,
                        "type",
                        "event_callback",
                        "event_id",
                        eventId,
                        "event_time",
                        eventTime,
                        "authorizations",
                        arrayOf(Json.obj(
                                "team_id",
                                r.teamId(),
                                "user_id",
                                r.bot().id(),
                                "is_bot",
                                true,
                                "is_enterprise_install",
                                false)),
                        "is_ext_shared_channel",
                        false)
                .toString();
    }

    private static JsonObject base(Roster r, String type, Person user) {
        return Json.obj(
                "type",
                type,
                "token",
                TOKEN,
                "api_app_id",
                Demo.APP_ID,
                "is_enterprise_install",
                false,
                "team",
                Json.obj("id", r.teamId(), "domain", r.domain()),
                "user",
                Json.obj("id", user.id(), "username", user.handle(), "name", user.handle(), "team_id", r.teamId()));
    }

    private static JsonArray arrayOf(JsonObject o) {
        JsonArray a = new JsonArray();
        a.add(o);
        return a;
    }

    private static String form(JsonObject payload) {
        return "payload=" + enc(payload.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
