package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The Block Kit limits Slack enforces, enforced here too, with Slack's error and a pointer to the field. */
final class Limits {
    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;

    private Limits() {}

    static void blocks(JsonArray blocks, int max, String error) {
        if (blocks == null) {
            return;
        }
        if (!isArrayOfObjects(blocks)) {
            throw new SlackError("invalid_blocks_format");
        }
        check(blocks.size() <= max, error, "no more than " + max + " items allowed", "/blocks");
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject b = blocks.get(i).getAsJsonObject();
            String at = "/blocks/" + i;
            check(length(Json.str(b, "block_id")) <= 255, error, "must be less than 256 characters", at + "/block_id");
            switch (String.valueOf(Json.str(b, "type"))) {
                case "section" -> {
                    check(
                            length(Json.str(Json.child(b, "text"), "text")) <= 3000,
                            error,
                            "must be less than 3001 characters",
                            at + "/text/text");
                    check(Json.array(b, "fields").size() <= 10, error, "no more than 10 items allowed", at + "/fields");
                    button(Json.child(b, "accessory"), error, at + "/accessory");
                }
                case "header" ->
                    check(
                            length(Json.str(Json.child(b, "text"), "text")) <= 150,
                            error,
                            "must be less than 151 characters",
                            at + "/text/text");
                case "context" ->
                    check(
                            Json.array(b, "elements").size() <= 10,
                            error,
                            "no more than 10 items allowed",
                            at + "/elements");
                case "actions" -> {
                    JsonArray elements = Json.array(b, "elements");
                    check(elements.size() <= 25, error, "no more than 25 items allowed", at + "/elements");
                    for (int e = 0; e < elements.size(); e++) {
                        if (elements.get(e).isJsonObject()) {
                            button(elements.get(e).getAsJsonObject(), error, at + "/elements/" + e);
                        }
                    }
                }
                default -> {}
            }
        }
    }

    /** A modal's title, submit and close are 24 characters at most; private_metadata 3000. */
    static void view(JsonObject view, String error) {
        for (String part : new String[] {"title", "submit", "close"}) {
            check(
                    length(Json.str(Json.child(view, part), "text")) <= 24,
                    error,
                    "must be less than 25 characters",
                    "/view/" + part + "/text");
        }
        check(
                length(Json.str(view, "private_metadata")) <= 3000,
                error,
                "must be less than 3001 characters",
                "/view/private_metadata");
        blocks(Json.array(view, "blocks"), VIEW_BLOCKS, error);
    }

    private static void button(JsonObject element, String error, String at) {
        if (element != null && "button".equals(Json.str(element, "type"))) {
            check(
                    length(Json.str(Json.child(element, "text"), "text")) <= 75,
                    error,
                    "must be less than 76 characters",
                    at + "/text/text");
            check(
                    length(Json.str(element, "value")) <= 2000,
                    error,
                    "must be less than 2001 characters",
                    at + "/value");
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    private static void check(boolean ok, String error, String what, String pointer) {
        if (!ok) {
            throw new SlackError(error, "[ERROR] " + what + " [json-pointer:" + pointer + "]");
        }
    }

    private static boolean isArrayOfObjects(JsonArray a) {
        for (JsonElement e : a) {
            if (!e.isJsonObject()) {
                return false;
            }
        }
        return true;
    }
}
