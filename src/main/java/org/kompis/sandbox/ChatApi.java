package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** chat.postMessage, chat.update, chat.postEphemeral, chat.delete and chat.getPermalink. */
final class ChatApi {
    private final Workspace ws;
    private final String baseUrl;

    ChatApi(Workspace ws, String baseUrl) {
        this.ws = ws;
        this.baseUrl = baseUrl;
    }

    void register(Map<String, EmulatedSlack.Method> methods) {
        methods.put("chat.postMessage", this::postMessage);
        methods.put("chat.update", this::update);
        methods.put("chat.postEphemeral", this::postEphemeral);
        methods.put("chat.delete", this::delete);
        methods.put("chat.getPermalink", this::permalink);
    }

    private JsonObject postMessage(Params p) {
        JsonArray blocks = blocks(p);
        String text = text(p, blocks);
        return ws.write(d -> {
            Conversation c = ws.conversation(d, p.get("channel"));
            String threadTs = p.get("thread_ts");
            if (threadTs != null) {
                ws.message(d, c.id, threadTs);
            }
            Message m = post(d, c.id, threadTs, text, blocks, null);
            return Json.obj("channel", c.id, "ts", m.ts, "message", Shapes.message(ws.roster(), m, List.of(), baseUrl));
        });
    }

    private JsonObject update(Params p) {
        JsonArray blocks = blocks(p);
        String text = p.get("text");
        return ws.write(d -> {
            Conversation c = ws.conversation(d, p.get("channel"));
            Message m = ws.message(d, c.id, p.get("ts"));
            if (!m.bot) {
                throw new SlackError("cant_update_message");
            }
            if (text != null || blocks != null) {
                m.text = text == null ? "" : text;
                m.blocks = blocks;
            }
            m.edited = true;
            return Json.obj(
                    "channel",
                    c.id,
                    "ts",
                    m.ts,
                    "text",
                    m.text,
                    "message",
                    Shapes.message(ws.roster(), m, List.of(), baseUrl));
        });
    }

    private JsonObject postEphemeral(Params p) {
        JsonArray blocks = blocks(p);
        String text = text(p, blocks);
        String user = p.get("user");
        return ws.write(d -> {
            Conversation c = ws.conversation(d, p.get("channel"));
            if (ws.roster().person(user) == null) {
                throw new SlackError("user_not_found");
            }
            if (!c.members.contains(user)) {
                throw new SlackError("user_not_in_channel");
            }
            Message m = post(d, c.id, p.get("thread_ts"), text, blocks, user);
            return Json.obj("message_ts", m.ts);
        });
    }

    private JsonObject delete(Params p) {
        return ws.write(d -> {
            Conversation c = ws.conversation(d, p.get("channel"));
            Message m = ws.message(d, c.id, p.get("ts"));
            if (!m.bot) {
                throw new SlackError("cant_delete_message");
            }
            d.messages.removeIf(x -> x.channel.equals(c.id) && (x.ts.equals(m.ts) || m.ts.equals(x.threadTs)));
            return Json.obj("channel", c.id, "ts", m.ts);
        });
    }

    /** A link into the sandbox page that opens the channel (and thread) at this message, as Slack's do. */
    private JsonObject permalink(Params p) {
        return ws.read(d -> {
            Conversation c = ws.conversation(d, p.get("channel"));
            Message m = ws.message(d, c.id, p.get("message_ts"));
            String link = baseUrl + "/#/" + c.id + "/p" + m.ts.replace(".", "")
                    + (m.threadTs == null ? "" : "?thread_ts=" + m.threadTs + "&cid=" + c.id);
            return Json.obj("channel", c.id, "permalink", link);
        });
    }

    /** A bot message or ephemeral, stored; ephemerals are seen only by {@code ephemeralFor}. */
    Message post(WorkspaceData d, String channel, String threadTs, String text, JsonArray blocks, String ephemeralFor) {
        Message m = new Message();
        m.ts = ws.nextTs(d);
        m.channel = channel;
        m.threadTs = threadTs;
        m.user = ws.roster().bot().id();
        m.bot = true;
        m.text = text;
        m.blocks = blocks;
        m.ephemeralFor = ephemeralFor;
        d.messages.add(m);
        return m;
    }

    private static JsonArray blocks(Params p) {
        JsonArray blocks = p.array("blocks", "invalid_blocks_format");
        Limits.blocks(blocks, Limits.MESSAGE_BLOCKS, "invalid_blocks");
        return BlockIds.fill(blocks);
    }

    private static String text(Params p, JsonArray blocks) {
        String text = p.get("text");
        if (text == null && (blocks == null || blocks.isEmpty())) {
            throw new SlackError("no_text");
        }
        if (text != null && text.length() > 40_000) {
            throw new SlackError("msg_too_long");
        }
        return text == null ? "" : text;
    }
}
