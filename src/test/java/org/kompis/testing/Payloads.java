package org.kompis.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Request bodies in the shapes Slack sends: slash commands, block actions, view submissions, events. */
public final class Payloads {
    private Payloads() {}

    public static String command(String command, String text, String user, String channel, String responseUrl) {
        return form(Map.of(
                        "token",
                        "legacy",
                        "team_id",
                        FakeSlack.TEAM,
                        "team_domain",
                        "kompis-test",
                        "channel_id",
                        channel,
                        "channel_name",
                        "general",
                        "user_id",
                        user,
                        "user_name",
                        user.toLowerCase(),
                        "command",
                        command,
                        "text",
                        text,
                        "response_url",
                        responseUrl))
                + "&trigger_id=" + enc("1337." + System.nanoTime() + ".trigger");
    }

    public static String blockAction(String user, String channel, String messageTs, String actionId, String value) {
        return blockAction(user, channel, messageTs, actionId, value, "http://127.0.0.1:1/unused");
    }

    public static String blockAction(
            String user, String channel, String messageTs, String actionId, String value, String responseUrl) {
        JsonObject p = base("block_actions", user);
        p.addProperty("trigger_id", "1337." + System.nanoTime() + ".trigger");
        p.addProperty("response_url", responseUrl);
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        ch.addProperty("name", "general");
        p.add("channel", ch);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        p.add("container", container);
        JsonObject message = new JsonObject();
        message.addProperty("ts", messageTs);
        message.addProperty("type", "message");
        p.add("message", message);
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b");
        action.addProperty("value", value);
        action.addProperty("action_ts", String.valueOf(System.nanoTime()));
        JsonArray actions = new JsonArray();
        actions.add(action);
        p.add("actions", actions);
        return "payload=" + enc(p.toString());
    }

    /**
     * A modal submission. {@code values} maps block id to (action id to a value object), e.g. a plain-text input is
     * {@code {"type":"plain_text_input","value":"..."}}; {@link #text}, {@link #option} and {@link #users} build them.
     */
    public static String viewSubmission(String user, String callbackId, String privateMetadata, JsonObject values) {
        return viewSubmission(user, callbackId, privateMetadata, values, "V" + System.nanoTime());
    }

    /** As above, of the view Slack opened with id {@code viewId}. */
    public static String viewSubmission(
            String user, String callbackId, String privateMetadata, JsonObject values, String viewId) {
        JsonObject p = base("view_submission", user);
        JsonObject view = new JsonObject();
        view.addProperty("id", viewId);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        p.add("view", view);
        return "payload=" + enc(p.toString());
    }

    public static String event(String eventId, JsonObject event) {
        JsonObject p = new JsonObject();
        p.addProperty("token", "legacy");
        p.addProperty("team_id", FakeSlack.TEAM);
        p.addProperty("api_app_id", "A1");
        p.addProperty("type", "event_callback");
        p.addProperty("event_id", eventId);
        p.addProperty("event_time", 1_700_000_000);
        p.add("event", event);
        return p.toString();
    }

    /**
     * {@code body} as Slack sends it from a workspace of Enterprise Grid org {@code enterprise} to an org-wide install:
     * a command's {@code enterprise_id}, an interaction's {@code enterprise} and {@code team.enterprise_id}, an event's
     * {@code enterprise_id} and {@code authorizations}.
     */
    public static String inOrg(String body, String enterprise) {
        if (body.startsWith("payload=")) {
            JsonObject p = com.google.gson.JsonParser.parseString(
                            java.net.URLDecoder.decode(body.substring(8), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            JsonObject e = new JsonObject();
            e.addProperty("id", enterprise);
            e.addProperty("name", "Org " + enterprise);
            p.add("enterprise", e);
            p.getAsJsonObject("team").addProperty("enterprise_id", enterprise);
            p.addProperty("is_enterprise_install", true);
            return "payload=" + enc(p.toString());
        }
        if (body.startsWith("{")) {
            JsonObject p = com.google.gson.JsonParser.parseString(body).getAsJsonObject();
            p.addProperty("enterprise_id", enterprise);
            p.addProperty("is_ext_shared_channel", false);
            JsonObject a = new JsonObject();
            a.addProperty("enterprise_id", enterprise);
            a.addProperty("team_id", (String) null);
            a.addProperty("is_enterprise_install", true);
            JsonArray all = new JsonArray();
            all.add(a);
            p.add("authorizations", all);
            return p.toString();
        }
        return body + "&enterprise_id=" + enc(enterprise) + "&enterprise_name=" + enc("Org " + enterprise)
                + "&is_enterprise_install=true";
    }

    /** Builds {@code values} for {@link #viewSubmission}: block id, action id, value object, repeated. */
    public static JsonObject values(Object... blockActionValue) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < blockActionValue.length; i += 3) {
            String block = (String) blockActionValue[i];
            JsonObject b = values.has(block) ? values.getAsJsonObject(block) : new JsonObject();
            b.add((String) blockActionValue[i + 1], (JsonObject) blockActionValue[i + 2]);
            values.add(block, b);
        }
        return values;
    }

    public static JsonObject text(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "plain_text_input");
        v.addProperty("value", value);
        return v;
    }

    public static JsonObject option(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "static_select");
        JsonObject o = new JsonObject();
        o.addProperty("value", value);
        v.add("selected_option", o);
        return v;
    }

    public static JsonObject options(String... selected) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "checkboxes");
        JsonArray arr = new JsonArray();
        for (String s : selected) {
            JsonObject o = new JsonObject();
            o.addProperty("value", s);
            arr.add(o);
        }
        v.add("selected_options", arr);
        return v;
    }

    public static JsonObject users(String... ids) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "multi_users_select");
        JsonArray arr = new JsonArray();
        for (String id : ids) {
            arr.add(id);
        }
        v.add("selected_users", arr);
        return v;
    }

    public static JsonObject date(String isoDate) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "datepicker");
        v.addProperty("selected_date", isoDate);
        return v;
    }

    private static JsonObject base(String type, String user) {
        JsonObject p = new JsonObject();
        p.addProperty("type", type);
        p.addProperty("token", "legacy");
        p.addProperty("api_app_id", "A1");
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "kompis-test");
        p.add("team", team);
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("username", user.toLowerCase());
        u.addProperty("team_id", FakeSlack.TEAM);
        p.add("user", u);
        return p;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&")
                .append(enc(k))
                .append('=')
                .append(enc(v)));
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
