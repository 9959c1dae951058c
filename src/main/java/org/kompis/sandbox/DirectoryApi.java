package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who and where: auth.test, users.* (info, list, conversations), usergroups.* and conversations.* (open, members,
 * info, list).
 */
final class DirectoryApi {
    private final Workspace ws;
    private final String baseUrl;

    DirectoryApi(Workspace ws, String baseUrl) {
        this.ws = ws;
        this.baseUrl = baseUrl;
    }

    void register(Map<String, EmulatedSlack.Method> methods) {
        Roster r = ws.roster();
        methods.put(
                "auth.test",
                p -> Json.obj(
                        "url",
                        baseUrl + "/",
                        "team",
                        r.name(),
                        "user",
                        "kompis",
                        "team_id",
                        r.teamId(),
                        "user_id",
                        r.bot().id(),
                        "bot_id",
                        r.botId(),
                        "is_enterprise_install",
                        false));
        methods.put("users.info", p -> {
            Person person = r.person(p.get("user"));
            if (person == null) {
                throw new SlackError("user_not_found");
            }
            return Json.obj("user", Shapes.user(r, person, p.flag("include_locale"), ws.now()));
        });
        methods.put("users.list", p -> {
            JsonArray members = new JsonArray();
            r.people().forEach(person -> members.add(Shapes.user(r, person, p.flag("include_locale"), ws.now())));
            members.add(Shapes.user(r, r.bot(), p.flag("include_locale"), ws.now()));
            return Json.obj("members", members, "response_metadata", Json.obj("next_cursor", ""));
        });
        methods.put("usergroups.list", p -> {
            JsonArray groups = new JsonArray();
            r.groups()
                    .forEach((handle, users) -> groups.add(Json.obj(
                            "id",
                            groupId(handle),
                            "team_id",
                            r.teamId(),
                            "is_usergroup",
                            true,
                            "name",
                            handle,
                            "handle",
                            handle,
                            "description",
                            "",
                            "user_count",
                            users.size(),
                            "users",
                            p.flag("include_users") ? users : null)));
            return Json.obj("usergroups", groups);
        });
        methods.put(
                "usergroups.users.list",
                p -> Json.obj(
                        "users",
                        r.groups().entrySet().stream()
                                .filter(e -> groupId(e.getKey()).equals(p.get("usergroup")))
                                .findFirst()
                                .orElseThrow(() -> new SlackError("no_such_subteam"))
                                .getValue()));
        methods.put("conversations.open", this::open);
        methods.put("conversations.members", this::members);
        methods.put(
                "conversations.info",
                p -> ws.read(d -> Json.obj(
                        "channel",
                        Shapes.conversation(
                                r, ws.conversation(d, p.get("channel")), r.bot().id()))));
        methods.put("users.conversations", this::userConversations);
        methods.put(
                "conversations.list",
                p -> ws.read(d -> {
                    JsonArray channels = new JsonArray();
                    List<String> types = p.get("types") == null ? List.of("public_channel") : p.list("types");
                    d.conversations.values().stream()
                            .filter(c -> types.contains(typeName(c)))
                            .forEach(c -> channels.add(
                                    Shapes.conversation(r, c, r.bot().id())));
                    return Json.obj("channels", channels, "response_metadata", Json.obj("next_cursor", ""));
                }));
    }

    private JsonObject open(Params p) {
        List<String> users = new ArrayList<>(p.list("users"));
        users.remove(ws.roster().bot().id());
        if (p.get("channel") != null) {
            return ws.read(d -> Json.obj("channel", Json.obj("id", ws.conversation(d, p.get("channel")).id)));
        }
        if (users.isEmpty()) {
            throw new SlackError("users_list_not_supplied");
        }
        if (users.size() > 8) {
            throw new SlackError("too_many_users");
        }
        for (String u : users) {
            if (ws.roster().person(u) == null) {
                throw new SlackError("user_not_found");
            }
        }
        return ws.write(d -> {
            Conversation c = users.size() == 1 ? ws.im(d, users.get(0)) : ws.mpim(d, users);
            return Json.obj("channel", Json.obj("id", c.id));
        });
    }

    /** Members a page at a time, with an opaque cursor, so Kompis's paging is exercised as in Slack. */
    private JsonObject members(Params p) {
        return ws.read(d -> page(p, "members", ws.conversation(d, p.get("channel")).members, JsonPrimitive::new));
    }

    /**
     * The channels a person is in, of the asked types, that the bot can see (public ones, and private ones it is in),
     * paged like conversations.members: lessons search reads it to know whose private channels a person may read.
     */
    private JsonObject userConversations(Params p) {
        Roster r = ws.roster();
        String user = p.get("user") == null ? r.bot().id() : p.get("user");
        if (r.person(user) == null) {
            throw new SlackError("user_not_found");
        }
        List<String> types = p.get("types") == null ? List.of("public_channel") : p.list("types");
        return ws.read(d -> {
            List<Conversation> mine = d.conversations.values().stream()
                    .filter(c -> types.contains(typeName(c))
                            && c.members.contains(user)
                            && c.visibleTo(r.bot().id()))
                    .toList();
            return page(
                    p, "channels", mine, c -> Shapes.conversation(r, c, r.bot().id()));
        });
    }

    /** One page of {@code all} under {@code key}, from the request's cursor and limit, with the next cursor. */
    private static <T> JsonObject page(Params p, String key, List<T> all, Function<T, JsonElement> shape) {
        int limit = p.get("limit") == null ? 100 : Math.max(1, Integer.parseInt(p.get("limit")));
        int from = p.get("cursor") == null ? 0 : from(p.get("cursor"), key);
        int to = Math.min(all.size(), from + limit);
        String next = to < all.size()
                ? Base64.getEncoder().encodeToString((key + ":" + to).getBytes(StandardCharsets.UTF_8))
                : "";
        JsonArray items = new JsonArray();
        all.subList(from, to).forEach(item -> items.add(shape.apply(item)));
        return Json.obj(key, items, "response_metadata", Json.obj("next_cursor", next));
    }

    private static int from(String cursor, String key) {
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(key + ":")) {
                return Integer.parseInt(decoded.substring(key.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // Slack's answer to a cursor it did not hand out, below.
        }
        throw new SlackError("invalid_cursor");
    }

    private static String typeName(Conversation c) {
        return switch (c.kind) {
            case Conversation.CHANNEL -> "public_channel";
            case Conversation.PRIVATE -> "private_channel";
            default -> c.kind;
        };
    }

    static String groupId(String handle) {
        return "S0" + handle.toUpperCase(java.util.Locale.ROOT);
    }
}
