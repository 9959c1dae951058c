package org.kompis.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A view's {@code state.values} as Slack builds it from what the person entered, and the checks Slack's client
 * makes before it sends anything (a required field left empty, text shorter than its {@code min_length}).
 */
final class ViewState {
    static final String REQUIRED = "Please complete this required field.";

    private ViewState() {}

    /** {@code entered} maps block id to action id to what the page sent. */
    static JsonObject values(JsonObject view, JsonObject entered) {
        JsonObject values = new JsonObject();
        for (Elements.Located l : Elements.all(Json.array(view, "blocks"))) {
            if (!Elements.stateful(l.element())) {
                continue;
            }
            String actionId = Json.str(l.element(), "action_id");
            JsonObject block = values.has(l.blockId()) ? values.getAsJsonObject(l.blockId()) : new JsonObject();
            block.add(actionId, Elements.value(l.element(), raw(entered, l.blockId(), actionId)));
            values.add(l.blockId(), block);
        }
        return values;
    }

    /** Errors by block id, in Slack's words, for inputs the client would not let through. */
    static Map<String, String> clientErrors(JsonObject view, JsonObject entered) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Elements.Located l : Elements.all(Json.array(view, "blocks"))) {
            if (!l.input()) {
                continue;
            }
            JsonElement raw = raw(entered, l.blockId(), Json.str(l.element(), "action_id"));
            boolean empty = raw == null
                    || raw.isJsonNull()
                    || raw.isJsonArray() && raw.getAsJsonArray().isEmpty()
                    || raw.isJsonPrimitive() && raw.getAsString().isBlank();
            String min = Json.str(l.element(), "min_length");
            if (empty && !l.optional()) {
                errors.put(l.blockId(), REQUIRED);
            } else if (!empty
                    && min != null
                    && raw.isJsonPrimitive()
                    && raw.getAsString().length() < Integer.parseInt(min)) {
                errors.put(l.blockId(), "Please enter at least " + min + " characters.");
            }
        }
        return errors;
    }

    private static JsonElement raw(JsonObject entered, String blockId, String actionId) {
        JsonObject block = Json.child(entered, blockId);
        return block == null ? null : block.get(actionId);
    }
}
