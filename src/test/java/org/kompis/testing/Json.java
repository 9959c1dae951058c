package org.kompis.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** What a person would read in a Slack payload: every string in it, decoded, one per line. */
public final class Json {
    private Json() {}

    /** What a Web API call shows a reader: its text, then every string in its blocks and view. */
    public static String shown(FakeSlack.Call call) {
        StringBuilder out = new StringBuilder(String.valueOf(call.param("text")));
        for (String field : new String[] {"blocks", "view"}) {
            String json = call.param(field);
            if (json != null && !json.isBlank()) {
                out.append('\n').append(text(json));
            }
        }
        return out.toString();
    }

    public static String text(String json) {
        StringBuilder out = new StringBuilder();
        collect(JsonParser.parseString(json), out);
        return out.toString();
    }

    private static void collect(JsonElement e, StringBuilder out) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            if (s.startsWith("{") || s.startsWith("[")) {
                try {
                    collect(JsonParser.parseString(s), out);
                    return;
                } catch (RuntimeException notJson) {
                    // an ordinary text that happens to start with a bracket
                }
            }
            out.append(s).append('\n');
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, out));
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(x -> collect(x.getValue(), out));
        }
    }
}
