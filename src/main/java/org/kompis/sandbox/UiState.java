package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the page shows one person: the conversations they see, messages (ephemerals only theirs), Home, modals. */
final class UiState {
    private UiState() {}

    static JsonObject of(
            Workspace ws,
            ViewsApi views,
            String viewer,
            long offsetMillis,
            Optional<Instant> nextDue,
            Collection<String> commands,
            List<Roster> teams) {
        Roster r = ws.roster();
        return ws.read(d -> {
            JsonObject s = Json.obj(
                    "version",
                    ws.version(),
                    "now",
                    ws.now(),
                    "offsetMillis",
                    offsetMillis,
                    "nextDue",
                    nextDue.map(Instant::toEpochMilli).orElse(null),
                    "team",
                    r.name(),
                    "teamId",
                    r.teamId(),
                    "general",
                    r.general(),
                    "me",
                    viewer,
                    "commands",
                    commands.stream().sorted().toList());
            s.add("teams", teams(teams));
            JsonArray people = new JsonArray();
            r.people()
                    .forEach(p -> people.add(Json.obj(
                            "id",
                            p.id(),
                            "name",
                            p.name(),
                            "title",
                            p.title(),
                            "locale",
                            p.locale(),
                            "tz",
                            p.timeZone(),
                            "manager",
                            p.admin())));
            s.add("people", people);
            JsonObject names = new JsonObject();
            r.people().forEach(p -> names.addProperty(p.id(), p.name()));
            names.addProperty(r.bot().id(), r.bot().name());
            names.addProperty(Demo.SLACKBOT.id(), Demo.SLACKBOT.name());
            d.conversations.values().forEach(c -> names.addProperty(c.id, c.name == null ? "" : c.name));
            s.add("names", names);
            JsonArray conversations = new JsonArray();
            List<Conversation> visible = d.conversations.values().stream()
                    .filter(c -> c.visibleTo(viewer))
                    .toList();
            visible.forEach(c -> conversations.add(Json.obj(
                    "id",
                    c.id,
                    "name",
                    c.name,
                    "kind",
                    c.kind,
                    "label",
                    label(r, c, viewer),
                    "member",
                    c.members.contains(viewer),
                    "topic",
                    c.topic)));
            s.add("conversations", conversations);
            JsonArray messages = new JsonArray();
            d.messages.stream()
                    .filter(m -> m.visibleTo(viewer) && visible.stream().anyMatch(c -> c.id.equals(m.channel)))
                    .forEach(m -> messages.add(message(d, m)));
            s.add("messages", messages);
            View home = d.views.get(d.homes.getOrDefault(viewer, ""));
            s.add("home", home == null ? null : Shapes.view(r, home));
            View top = views.top(d, viewer);
            if (top != null) {
                s.add(
                        "modal",
                        Json.obj(
                                "view",
                                Shapes.view(r, top),
                                "errors",
                                top.errors,
                                "depth",
                                d.modals.getOrDefault(viewer, List.of()).size()));
            }
            JsonArray unsupported = new JsonArray();
            d.unsupported.forEach((method, count) -> unsupported.add(Json.obj("method", method, "count", count)));
            s.add("unsupported", unsupported);
            s.add("notices", Json.GSON.toJsonTree(ws.notices()));
            return s;
        });
    }

    private static JsonObject message(WorkspaceData d, Message m) {
        JsonObject o = Json.obj(
                "channel",
                m.channel,
                "ts",
                m.ts,
                "threadTs",
                m.threadTs,
                "user",
                m.user,
                "bot",
                m.bot,
                "text",
                m.text,
                "blocks",
                m.blocks,
                "ephemeral",
                m.ephemeralFor != null,
                "edited",
                m.edited);
        JsonArray files = new JsonArray();
        m.files.stream()
                .map(d.files::get)
                .filter(f -> f != null)
                .forEach(f -> files.add(Json.obj(
                        "id",
                        f.id,
                        "name",
                        f.name,
                        "title",
                        f.title,
                        "size",
                        f.size,
                        "url",
                        "/sandbox/files/" + f.id)));
        o.add("files", files);
        return o;
    }

    /** The workspaces the page can switch between, each with the person it opens as (its manager). */
    private static JsonArray teams(List<Roster> teams) {
        JsonArray out = new JsonArray();
        teams.forEach(t ->
                out.add(Json.obj("id", t.teamId(), "name", t.name(), "first", t.manager(), "general", t.general())));
        return out;
    }

    /** A DM is named after Kompis; a group DM after the other people in it, as Slack's sidebar does. */
    private static String label(Roster r, Conversation c, String viewer) {
        return switch (c.kind) {
            case Conversation.IM -> r.bot().name();
            case Conversation.MPIM ->
                c.members.stream()
                        .filter(u -> !u.equals(viewer) && !u.equals(r.bot().id()))
                        .map(u -> r.person(u).name())
                        .collect(Collectors.joining(", "));
            default -> c.name;
        };
    }
}
