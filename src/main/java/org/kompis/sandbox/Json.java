package org.kompis.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Small Gson helpers: the emulated Slack speaks JSON in Slack's shapes, and never builds it from strings. */
final class Json {
    static final Gson GSON = new Gson();

    private Json() {}

    /** An object from key, value pairs; values are serialised by Gson, nulls left out as Slack does. */
    static JsonObject obj(Object... keyValues) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) {
                o.add((String) keyValues[i], v instanceof JsonElement e ? e : GSON.toJsonTree(v));
            }
        }
        return o;
    }

    static String str(JsonObject o, String key) {
        if (o == null || !o.has(key) || o.get(key).isJsonNull()) {
            return null;
        }
        JsonElement e = o.get(key);
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    static JsonObject child(JsonObject o, String key) {
        return o != null && o.has(key) && o.get(key).isJsonObject() ? o.getAsJsonObject(key) : null;
    }

    static JsonArray array(JsonObject o, String key) {
        return o != null && o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    /** Parses a JSON parameter; a malformed one is the Slack error named. */
    static JsonElement parse(String text, String error) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException | IllegalStateException e) {
            throw new SlackError(error);
        }
    }

    /** The plain text of a text object ({@code {"type":"plain_text","text":"..."}}), or "". */
    static String text(JsonObject textObject) {
        String t = str(textObject, "text");
        return t == null ? "" : t;
    }
}
