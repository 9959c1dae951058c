package org.kompis.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a person does at the page, turned into what Slack would send Kompis: a slash command, a click, a modal
 * submitted or closed, an Events API callback. Each goes through {@link SandboxClient}; Kompis's acknowledgement is
 * then applied as Slack applies it (a modal closes, shows errors, is replaced...).
 */
final class PageActions {
    private final Workspace ws;
    private final EmulatedSlack slack;
    private final SandboxClient client;
    private final Supplier<Set<String>> commands;
    private final Acks acks;

    PageActions(Workspace ws, EmulatedSlack slack, SandboxClient client, Supplier<Set<String>> commands) {
        this.ws = ws;
        this.slack = slack;
        this.client = client;
        this.commands = commands;
        this.acks = new Acks(ws, slack);
    }

    /** {@code line} as typed: "/kompis help". Returns an error for the composer, or null. */
    String command(String as, String channelId, String line) {
        Person user = person(as);
        Conversation c = memberOf(as, channelId);
        String trimmed = line.trim();
        int space = trimmed.indexOf(' ');
        String command = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!commands.get().contains(command)) {
            return command
                    + " is not a valid command. In Slack, messages that start with \"/\" are interpreted as commands.";
        }
        String responseUrl = slack.responses().create(as, c.id, null, null);
        String text = space < 0
                ? ""
                : Mentions.escape(
                        ws.roster(),
                        trimmed.substring(space + 1).trim(),
                        ws.read(d -> java.util.List.copyOf(d.conversations.values())));
        String body = SlackPayloads.command(ws.roster(), user, c, command, text, responseUrl, ws.newTrigger(as));
        acks.command(c, as, command, client.post(body, SandboxClient.FORM));
        return null;
    }

    /** A plain message: it stays in the workspace, as Kompis subscribes to no message events (no *:history scope). */
    String message(String as, String channelId, String threadTs, String text) {
        person(as);
        Conversation c = memberOf(as, channelId);
        ws.write(d -> {
            Message m = new Message();
            m.ts = ws.nextTs(d);
            m.channel = c.id;
            m.threadTs = threadTs == null || threadTs.isBlank() ? null : ws.message(d, c.id, threadTs).ts;
            m.user = as;
            m.text = text;
            d.messages.add(m);
            return null;
        });
        return null;
    }

    String messageAction(String as, String channelId, String ts, String blockId, String actionId, JsonElement value) {
        Person user = person(as);
        Conversation c = memberOf(as, channelId);
        Message m = ws.read(d -> ws.message(d, c.id, ts));
        if (!m.visibleTo(as) || m.blocks == null) {
            throw new IllegalArgumentException("No such message for " + as);
        }
        JsonObject action = action(Elements.find(m.blocks, blockId, actionId), blockId, value);
        JsonObject message =
                m.ephemeralFor == null ? ws.read(d -> Shapes.message(ws.roster(), m, java.util.List.of(), "")) : null;
        String responseUrl = slack.responses().create(as, c.id, m.ts, m.threadTs);
        String body = SlackPayloads.messageAction(
                ws.roster(), user, c, m.ts, message, action, new JsonObject(), ws.newTrigger(as), responseUrl);
        acks.click(client.post(body, SandboxClient.FORM));
        return null;
    }

    /** A click in a modal or on the Home tab; {@code entered} is what the modal's inputs hold right now. */
    String viewAction(
            String as, String viewId, String blockId, String actionId, JsonElement value, JsonObject entered) {
        Person user = person(as);
        View v = view(as, viewId);
        JsonObject action = action(Elements.find(Json.array(v.json, "blocks"), blockId, actionId), blockId, value);
        String body = SlackPayloads.viewAction(ws.roster(), user, withState(v, entered), action, ws.newTrigger(as));
        acks.click(client.post(body, SandboxClient.FORM));
        return null;
    }

    String submit(String as, String viewId, JsonObject entered) {
        Person user = person(as);
        View v = view(as, viewId);
        var errors = ViewState.clientErrors(v.json, entered);
        if (!errors.isEmpty()) {
            ws.write(d -> {
                v.errors.clear();
                v.errors.putAll(errors);
                return null;
            });
            return null;
        }
        String body = SlackPayloads.viewSubmission(ws.roster(), user, withState(v, entered), ws.newTrigger(as));
        acks.submission(as, v, client.post(body, SandboxClient.FORM));
        return null;
    }

    /** Cancel or Esc: the modal closes; Kompis hears of it only if the view asked (notify_on_close). */
    String close(String as, String viewId, JsonObject entered) {
        Person user = person(as);
        View v = view(as, viewId);
        ws.write(d -> {
            slack.views().close(d, as, v.id);
            return null;
        });
        if (v.notifyOnClose()) {
            acks.click(client.post(
                    SlackPayloads.viewClosed(ws.roster(), user, withState(v, entered)), SandboxClient.FORM));
        }
        return null;
    }

    /** The person opened Kompis's Home tab (or its Messages tab): app_home_opened, as Slack sends each time. */
    String opened(String as, String tab) {
        person(as);
        Conversation im = ws.write(d -> ws.im(d, as));
        View home = ws.read(d -> d.views.get(d.homes.getOrDefault(as, "")));
        JsonObject event = Json.obj(
                "type",
                "app_home_opened",
                "user",
                as,
                "channel",
                im.id,
                "tab",
                tab,
                "view",
                home == null ? null : Shapes.view(ws.roster(), home),
                "event_ts",
                eventTs());
        return event(event);
    }

    String join(String as, String channelId) {
        person(as);
        Conversation c = ws.write(d -> {
            Conversation found = ws.conversation(d, channelId);
            if (!Conversation.CHANNEL.equals(found.kind)) {
                throw new IllegalArgumentException("Only public channels can be joined");
            }
            if (!found.members.contains(as)) {
                found.members.add(as);
            }
            return found;
        });
        return event(Json.obj(
                "type",
                "member_joined_channel",
                "user",
                as,
                "channel",
                c.id,
                "channel_type",
                "C",
                "team",
                ws.roster().teamId(),
                "event_ts",
                eventTs()));
    }

    private String event(JsonObject event) {
        String id = "Ev"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
        acks.event(
                Json.str(event, "type"),
                client.post(SlackPayloads.event(ws.roster(), event, id, ws.now() / 1000), SandboxClient.JSON));
        return null;
    }

    private JsonObject withState(View v, JsonObject entered) {
        JsonObject json = ws.read(d -> Shapes.view(ws.roster(), v));
        json.add("state", Json.obj("values", ViewState.values(json, entered == null ? new JsonObject() : entered)));
        return json;
    }

    private JsonObject action(Elements.Located located, String blockId, JsonElement value) {
        JsonObject action = Elements.value(located.element(), value);
        action.addProperty("action_id", Json.str(located.element(), "action_id"));
        action.addProperty("block_id", blockId);
        action.addProperty("action_ts", eventTs());
        return action;
    }

    private String eventTs() {
        long micros = ws.now() * 1000;
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private Person person(String id) {
        Person p = ws.roster().person(id);
        if (p == null || p.bot()) {
            throw new IllegalArgumentException("No demo person " + id);
        }
        return p;
    }

    private Conversation memberOf(String as, String channelId) {
        Conversation c = ws.write(d -> ws.conversation(d, channelId));
        if (!c.members.contains(as)) {
            throw new IllegalArgumentException(
                    "Join " + (c.name == null ? "the conversation" : "#" + c.name) + " first");
        }
        return c;
    }

    private View view(String as, String viewId) {
        View v = ws.read(d -> d.views.get(viewId));
        if (v == null || !v.user.equals(as)) {
            throw new IllegalArgumentException("That view is no longer open");
        }
        return v;
    }
}
