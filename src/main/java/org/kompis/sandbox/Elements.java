package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Interactive elements: finding one in blocks by its ids, and turning what the page sent (a string, a list of
 * strings) into the value object Slack sends for that element type, options complete with their text.
 */
final class Elements {
    private Elements() {}

    /** Every interactive element in the blocks, with the block id it sits in. */
    record Located(String blockId, JsonObject element, boolean input, boolean optional) {}

    static List<Located> all(JsonArray blocks) {
        List<Located> out = new ArrayList<>();
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            String blockId = Json.str(block, "block_id");
            if (Json.child(block, "accessory") != null) {
                out.add(new Located(blockId, Json.child(block, "accessory"), false, true));
            }
            if (Json.child(block, "element") != null) {
                out.add(new Located(
                        blockId, Json.child(block, "element"), true, "true".equals(Json.str(block, "optional"))));
            }
            if ("actions".equals(Json.str(block, "type"))) {
                Json.array(block, "elements")
                        .forEach(e -> out.add(new Located(blockId, e.getAsJsonObject(), false, true)));
            }
        }
        return out;
    }

    static Located find(JsonArray blocks, String blockId, String actionId) {
        return all(blocks).stream()
                .filter(l -> l.blockId().equals(blockId) && actionId.equals(Json.str(l.element(), "action_id")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No element " + blockId + "/" + actionId));
    }

    /** Slack's value object for {@code element} holding {@code raw} (null when nothing is chosen or typed). */
    static JsonObject value(JsonObject element, JsonElement raw) {
        String type = Json.str(element, "type");
        JsonObject v = Json.obj("type", type);
        String one = raw == null || raw.isJsonNull()
                ? null
                : raw.isJsonArray() ? first(raw.getAsJsonArray()) : raw.getAsString();
        List<String> many = raw != null && raw.isJsonArray()
                ? strings(raw.getAsJsonArray())
                : one == null ? List.of() : List.of(one);
        switch (type) {
            case "button" -> {
                v.add("text", Json.child(element, "text"));
                v.addProperty("value", Json.str(element, "value"));
            }
            case "static_select", "external_select", "radio_buttons", "overflow" ->
                v.add("selected_option", option(element, one));
            case "multi_static_select", "multi_external_select", "checkboxes" -> {
                JsonArray options = new JsonArray();
                many.forEach(m -> options.add(option(element, m)));
                v.add("selected_options", options);
            }
            case "users_select" -> v.addProperty("selected_user", one);
            case "multi_users_select" -> v.add("selected_users", Json.GSON.toJsonTree(many));
            case "conversations_select" -> v.addProperty("selected_conversation", one);
            case "multi_conversations_select" -> v.add("selected_conversations", Json.GSON.toJsonTree(many));
            case "channels_select" -> v.addProperty("selected_channel", one);
            case "multi_channels_select" -> v.add("selected_channels", Json.GSON.toJsonTree(many));
            case "datepicker" -> v.addProperty("selected_date", one);
            case "timepicker" -> v.addProperty("selected_time", one);
            case "datetimepicker" -> v.addProperty("selected_date_time", one == null ? null : Long.valueOf(one));
            default -> v.addProperty("value", one);
        }
        return v;
    }

    /** The option with this value, as the element declared it (in options or option groups). */
    static JsonElement option(JsonObject element, String value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        List<JsonElement> options = new ArrayList<>();
        Json.array(element, "options").forEach(options::add);
        Json.array(element, "option_groups")
                .forEach(g -> Json.array(g.getAsJsonObject(), "options").forEach(options::add));
        return options.stream()
                .filter(o -> value.equals(Json.str(o.getAsJsonObject(), "value")))
                .findFirst()
                .map(o -> (JsonElement) o.getAsJsonObject().deepCopy())
                .orElseThrow(() -> new IllegalArgumentException("No option " + value));
    }

    /** Whether the element keeps a value in state (inputs, selects, pickers), unlike buttons and overflows. */
    static boolean stateful(JsonObject element) {
        String type = Json.str(element, "type");
        return !"button".equals(type) && !"overflow".equals(type) && !"image".equals(type);
    }

    private static String first(JsonArray a) {
        return a.isEmpty() || a.get(0).isJsonNull() ? null : a.get(0).getAsString();
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
