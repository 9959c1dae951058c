package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Web API call's arguments, from a form body or a JSON body as the SDK sends them, and its token. */
record Params(Map<String, String> values, String token) {
    static Params of(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json")) {
            JsonElement body = Json.parse(ctx.body().isBlank() ? "{}" : ctx.body(), "invalid_json");
            if (body.isJsonObject()) {
                body.getAsJsonObject()
                        .entrySet()
                        .forEach(e -> values.put(
                                e.getKey(),
                                e.getValue().isJsonPrimitive()
                                        ? e.getValue().getAsString()
                                        : e.getValue().toString()));
            }
        } else {
            // The SDK sends some fields twice (thread_ts in chat.postMessage): the first one counts.
            ctx.formParamMap().forEach((k, v) -> values.put(k, v.get(0)));
        }
        ctx.queryParamMap().forEach((k, v) -> values.putIfAbsent(k, v.get(0)));
        String auth = ctx.header("Authorization");
        String token =
                auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : values.get("token");
        return new Params(values, token);
    }

    String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(values.get(name)) || "1".equals(values.get(name));
    }

    /** A JSON array argument such as {@code blocks}; null when absent. */
    JsonArray array(String name, String error) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        JsonElement e = Json.parse(v, error);
        if (!e.isJsonArray()) {
            throw new SlackError(error);
        }
        return e.getAsJsonArray();
    }

    JsonObject object(String name, String error) {
        String v = get(name);
        JsonElement e = v == null ? null : Json.parse(v, error);
        if (e == null || !e.isJsonObject()) {
            throw new SlackError(error);
        }
        return e.getAsJsonObject();
    }

    /** A list argument: Slack takes {@code users=U1,U2}. */
    List<String> list(String name) {
        String v = get(name);
        return v == null ? List.of() : List.of(v.split("\\s*,\\s*"));
    }
}
