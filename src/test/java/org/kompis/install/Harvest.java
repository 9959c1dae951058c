package org.kompis.install;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompis.testing.FakeSlack;

/**
 * What Kompis sent a workspace that a person could send back: the buttons in its messages, Home tab and modals (with
 * their values), and its modals (with their callback ids, private metadata and inputs).
 */
final class Harvest {
    /** A button, select or overflow: its action id and the value a click sends. */
    record Button(String actionId, String value, String type) {}

    /** A modal as opened, and the inputs a submission fills. */
    record Form(String callbackId, String metadata, JsonArray blocks) {}

    final Map<String, Button> buttons = new LinkedHashMap<>();
    final Map<String, Form> forms = new LinkedHashMap<>();

    /**
     * Takes in the calls Kompis made: each button with up to three of its values (a click on today's prompt, and
     * on last week's), each modal with the first metadata it was opened with.
     */
    Harvest read(List<FakeSlack.Call> calls) {
        for (FakeSlack.Call c : calls) {
            for (String param : new String[] {"blocks", "view", "body"}) {
                String json = c.param(param);
                if (json == null || !json.trim().startsWith("{") && !json.trim().startsWith("[")) {
                    continue;
                }
                JsonElement root = JsonParser.parseString(json);
                walk(root);
                if (param.equals("view") && root.isJsonObject()) {
                    JsonObject v = root.getAsJsonObject();
                    if (v.has("callback_id") && v.has("submit")) {
                        String id = v.get("callback_id").getAsString();
                        String meta = v.has("private_metadata")
                                ? v.get("private_metadata").getAsString()
                                : "";
                        forms.putIfAbsent(id, new Form(id, meta, v.getAsJsonArray("blocks")));
                    }
                }
            }
        }
        return this;
    }

    private void walk(JsonElement e) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(this::walk);
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type")
                    && o.get("type").isJsonPrimitive()
                    && "input".equals(o.get("type").getAsString())) {
                return; // a form's field, sent with the form rather than clicked
            }
            if (o.has("action_id") && o.has("type") && !o.has("label")) {
                String type = o.get("type").getAsString();
                String value = o.has("value") ? o.get("value").getAsString() : firstOption(o);
                String id = o.get("action_id").getAsString();
                long seen = buttons.keySet().stream()
                        .filter(k -> k.startsWith(id + " "))
                        .count();
                if (!type.endsWith("_input") && !type.startsWith("multi_") && seen < 3) {
                    buttons.putIfAbsent(id + " " + value, new Button(id, value, type));
                }
            }
            o.entrySet().forEach(en -> walk(en.getValue()));
        }
    }

    private static String firstOption(JsonObject o) {
        if (o.has("options") && !o.getAsJsonArray("options").isEmpty()) {
            return o.getAsJsonArray("options")
                    .get(0)
                    .getAsJsonObject()
                    .get("value")
                    .getAsString();
        }
        return null;
    }

    /**
     * Values for every input of {@code form}, as a person would fill them: {@code text} in text fields, the first
     * option of each select, {@code user} and {@code channel} in pickers; {@code typed} has the text of fields (by
     * block id) that need a particular kind of text, and under {@code *date} the date for date pickers.
     */
    static JsonObject fill(Form form, String text, String user, String channel, Map<String, String> typed) {
        JsonObject values = new JsonObject();
        for (JsonElement b : form.blocks()) {
            JsonObject block = b.getAsJsonObject();
            if (!"input".equals(block.get("type").getAsString())) {
                continue;
            }
            JsonObject el = block.getAsJsonObject("element");
            String type = el.get("type").getAsString();
            JsonObject v = new JsonObject();
            v.addProperty("type", type);
            switch (type) {
                case "plain_text_input" -> {
                    String id = block.get("block_id").getAsString();
                    v.addProperty("value", typed.getOrDefault(id, text + " " + id));
                }
                case "number_input" -> v.addProperty("value", "3");
                case "datepicker" -> v.addProperty("selected_date", typed.get("*date"));
                case "timepicker" -> v.addProperty("selected_time", "09:00");
                case "users_select" -> v.addProperty("selected_user", user);
                case "conversations_select" -> v.addProperty("selected_conversation", channel);
                case "channels_select" -> v.addProperty("selected_channel", channel);
                case "multi_users_select" -> v.add("selected_users", array(user));
                case "multi_conversations_select" -> v.add("selected_conversations", array(channel));
                case "static_select", "radio_buttons" -> v.add("selected_option", first(el));
                case "multi_static_select", "checkboxes" -> {
                    JsonArray chosen = new JsonArray();
                    chosen.add(first(el));
                    v.add("selected_options", chosen);
                }
                default -> v.addProperty("value", text);
            }
            JsonObject byAction = new JsonObject();
            byAction.add(el.get("action_id").getAsString(), v);
            values.add(block.get("block_id").getAsString(), byAction);
        }
        return values;
    }

    private static JsonObject first(JsonObject element) {
        if (element.has("initial_option")) {
            return element.getAsJsonObject("initial_option");
        }
        return element.getAsJsonArray("options").get(0).getAsJsonObject();
    }

    private static JsonArray array(String... items) {
        JsonArray a = new JsonArray();
        for (String s : items) {
            a.add(s);
        }
        return a;
    }

    static List<String> keys(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }
}
