package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Slack gives every block and interactive element an id when the app gives none, and state values and actions
 * are keyed by them; the sandbox does the same. Ids come from the content, so an unchanged block keeps its id.
 */
final class BlockIds {
    private BlockIds() {}

    static JsonArray fill(JsonArray blocks) {
        if (blocks == null) {
            return null;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).isJsonObject()) {
                continue;
            }
            JsonObject block = blocks.get(i).getAsJsonObject();
            if (!block.has("block_id")) {
                block.addProperty("block_id", shortId(block.toString() + i));
            }
            element(Json.child(block, "accessory"));
            element(Json.child(block, "element"));
            for (JsonElement e : Json.array(block, "elements")) {
                if (e.isJsonObject()) {
                    element(e.getAsJsonObject());
                }
            }
        }
        return blocks;
    }

    private static void element(JsonObject element) {
        String type = Json.str(element, "type");
        if (type == null || type.equals("image") || type.equals("mrkdwn") || type.equals("plain_text")) {
            return;
        }
        if (!element.has("action_id")) {
            element.addProperty("action_id", shortId(element.toString()));
        }
    }

    private static String shortId(String content) {
        return Integer.toString(content.hashCode() & 0x7fffffff, 36);
    }
}
