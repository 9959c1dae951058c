package org.kompis.lessons;

import java.util.Collection;

/** A JSON array of strings, for SQL's json_each(): lists travel as one bound parameter, never as SQL text. */
final class JsonArray {
    private JsonArray() {}

    static String of(Collection<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String v : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    static String ofNumbers(Collection<Long> values) {
        StringBuilder json = new StringBuilder("[");
        for (Long v : values) {
            json.append(json.length() > 1 ? "," : "").append(v.longValue());
        }
        return json.append(']').toString();
    }
}
