package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * The response_url of a slash command or a click: an ephemeral answer to the person, a post in the channel, or,
 * for a click, {@code replace_original} / {@code delete_original} on the message clicked. Five uses, as in Slack.
 */
final class ResponseUrls {
    private static final int MAX_USES = 5;
    private final Workspace ws;
    private final ChatApi chat;
    private final String baseUrl;

    ResponseUrls(Workspace ws, ChatApi chat, String baseUrl) {
        this.ws = ws;
        this.chat = chat;
        this.baseUrl = baseUrl;
    }

    /** A new response_url for {@code user} in {@code channel}, about {@code messageTs} (null for a command). */
    String create(String user, String channel, String messageTs, String threadTs) {
        String token = UUID.randomUUID().toString();
        ws.write(d -> {
            ResponseTarget t = new ResponseTarget();
            t.user = user;
            t.channel = channel;
            t.messageTs = messageTs;
            t.threadTs = threadTs;
            d.responseUrls.put(token, t);
            return null;
        });
        return baseUrl + "/sandbox/respond/" + token;
    }

    /** Whether this workspace handed out {@code token}: each workspace's response_urls are its own. */
    boolean knows(String token) {
        return ws.read(d -> d.responseUrls.containsKey(token));
    }

    void respond(Context ctx) {
        JsonElement parsed;
        try {
            parsed = Json.parse(ctx.body(), "invalid_payload");
        } catch (SlackError e) {
            ctx.status(400)
                    .contentType("application/json")
                    .result(Json.obj("ok", false, "error", e.error()).toString());
            return;
        }
        JsonObject body = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        try {
            JsonArray blocks =
                    body.has("blocks") && body.get("blocks").isJsonArray() ? body.getAsJsonArray("blocks") : null;
            Limits.blocks(blocks, Limits.MESSAGE_BLOCKS, "invalid_blocks");
            ws.write(d -> {
                ResponseTarget t = d.responseUrls.get(ctx.pathParam("token"));
                if (t == null) {
                    throw new SlackError("expired_url");
                }
                if (++t.uses > MAX_USES) {
                    throw new SlackError("used_url");
                }
                apply(d, t, body, BlockIds.fill(blocks));
                return null;
            });
            ctx.contentType("application/json").result(Json.obj("ok", true).toString());
        } catch (SlackError e) {
            ws.notice("warn", "response_url answered " + e.error() + (e.detail() == null ? "" : ": " + e.detail()));
            ctx.status(e.error().endsWith("_url") ? 404 : 400)
                    .contentType("application/json")
                    .result(Json.obj("ok", false, "error", e.error()).toString());
        }
    }

    private void apply(WorkspaceData d, ResponseTarget t, JsonObject body, JsonArray blocks) {
        String text = Json.str(body, "text") == null ? "" : Json.str(body, "text");
        boolean hasOriginal = t.messageTs != null;
        if (hasOriginal && "true".equals(Json.str(body, "delete_original"))) {
            d.messages.removeIf(m -> m.channel.equals(t.channel) && m.ts.equals(t.messageTs));
            return;
        }
        if (hasOriginal && "true".equals(Json.str(body, "replace_original"))) {
            Message original = ws.message(d, t.channel, t.messageTs);
            original.text = text;
            original.blocks = blocks;
            return;
        }
        String threadTs = Json.str(body, "thread_ts") != null ? Json.str(body, "thread_ts") : t.threadTs;
        boolean inChannel = "in_channel".equals(Json.str(body, "response_type"));
        chat.post(d, t.channel, threadTs, text, blocks, inChannel ? null : t.user);
    }
}
