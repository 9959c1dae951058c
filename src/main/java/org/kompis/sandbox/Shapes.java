package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Workspace objects in the JSON shapes of Slack's Web API and payloads. */
final class Shapes {
    private Shapes() {}

    /** A users.info user; like Slack, the locale is there only when asked for with include_locale. */
    static JsonObject user(Roster r, Person p, boolean includeLocale, long nowMillis) {
        ZoneId zone = ZoneId.of(p.timeZone());
        int offset = zone.getRules().getOffset(Instant.ofEpochMilli(nowMillis)).getTotalSeconds();
        String first = p.name().contains(" ") ? p.name().substring(0, p.name().indexOf(' ')) : p.name();
        JsonObject profile = Json.obj(
                "title",
                p.title(),
                "real_name",
                p.name(),
                "real_name_normalized",
                p.name(),
                "display_name",
                p.name(),
                "display_name_normalized",
                p.name(),
                "first_name",
                first,
                "last_name",
                p.name().substring(first.length()).trim(),
                "team",
                r.teamId(),
                "bot_id",
                p.bot() ? r.botId() : null);
        return Json.obj(
                "id",
                p.id(),
                "team_id",
                r.teamId(),
                "name",
                p.bot() ? "kompis" : p.handle(),
                "deleted",
                false,
                "real_name",
                p.name(),
                "tz",
                p.timeZone(),
                "tz_label",
                zone.getId(),
                "tz_offset",
                offset,
                "is_admin",
                p.admin(),
                "is_owner",
                false,
                "is_primary_owner",
                false,
                "is_restricted",
                false,
                "is_ultra_restricted",
                false,
                "is_bot",
                p.bot(),
                "is_app_user",
                false,
                "updated",
                nowMillis / 1000,
                "locale",
                includeLocale ? p.locale() : null,
                "profile",
                profile);
    }

    static JsonObject conversation(Roster r, Conversation c, String viewer) {
        boolean im = Conversation.IM.equals(c.kind);
        JsonObject o = Json.obj(
                "id",
                c.id,
                "created",
                c.created,
                "is_im",
                im,
                "is_mpim",
                Conversation.MPIM.equals(c.kind),
                "is_channel",
                Conversation.CHANNEL.equals(c.kind),
                "is_group",
                Conversation.PRIVATE.equals(c.kind),
                "is_private",
                !Conversation.CHANNEL.equals(c.kind),
                "is_archived",
                false,
                "is_general",
                r.general().equals(c.id),
                "is_member",
                c.members.contains(viewer),
                "is_open",
                true,
                "context_team_id",
                r.teamId());
        if (im) {
            o.addProperty(
                    "user",
                    c.members.stream()
                            .filter(u -> !u.equals(r.bot().id()))
                            .findFirst()
                            .orElse(null));
        } else {
            o.addProperty("name", c.name);
            o.addProperty("name_normalized", c.name);
            o.addProperty("num_members", c.members.size());
            o.add("topic", Json.obj("value", c.topic == null ? "" : c.topic, "creator", "", "last_set", 0));
            o.add("purpose", Json.obj("value", "", "creator", "", "last_set", 0));
        }
        return o;
    }

    static JsonObject message(Roster r, Message m, List<StoredFile> files, String baseUrl) {
        JsonObject o = Json.obj(
                "type",
                "message",
                "text",
                m.text == null ? "" : m.text,
                "user",
                m.user,
                "ts",
                m.ts,
                "team",
                r.teamId(),
                "thread_ts",
                m.threadTs);
        if (m.bot) {
            o.addProperty("bot_id", r.botId());
            o.addProperty("app_id", Demo.APP_ID);
        }
        if (m.blocks != null) {
            o.add("blocks", m.blocks);
        }
        if (!files.isEmpty()) {
            JsonArray a = new JsonArray();
            files.forEach(f -> a.add(file(r, f, baseUrl)));
            o.add("files", a);
        }
        if (m.edited) {
            o.add("edited", Json.obj("user", m.user, "ts", m.ts));
        }
        return o;
    }

    static JsonObject file(Roster r, StoredFile f, String baseUrl) {
        String url = baseUrl + "/sandbox/files/" + f.id;
        return Json.obj(
                "id",
                f.id,
                "created",
                f.created,
                "timestamp",
                f.created,
                "name",
                f.name,
                "title",
                f.title,
                "mimetype",
                "text/plain",
                "filetype",
                "text",
                "pretty_type",
                "Plain Text",
                "user",
                r.bot().id(),
                "size",
                f.size,
                "url_private",
                url,
                "url_private_download",
                url,
                "permalink",
                url,
                "is_public",
                f.channel != null && f.channel.startsWith("C"),
                "channels",
                f.channel == null ? List.of() : List.of(f.channel));
    }

    /** A view as views.open and friends answer with it: the view the app sent, plus Slack's ids and an empty state. */
    static JsonObject view(Roster r, View v) {
        JsonObject o = v.json.deepCopy();
        o.addProperty("id", v.id);
        o.addProperty("team_id", r.teamId());
        o.addProperty("app_id", Demo.APP_ID);
        o.addProperty("bot_id", r.botId());
        if (!o.has("state")) {
            o.add("state", Json.obj("values", new JsonObject()));
        }
        return o;
    }
}
