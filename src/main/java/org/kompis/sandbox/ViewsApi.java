package org.kompis.sandbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * views.open, views.push, views.update and views.publish, and the modal stack per person that the page and the
 * app's {@code response_action}s move: open replaces the stack, push adds (three deep at most), close pops.
 */
final class ViewsApi {
    private static final int MAX_STACK = 3;
    private final Workspace ws;

    ViewsApi(Workspace ws) {
        this.ws = ws;
    }

    void register(Map<String, EmulatedSlack.Method> methods) {
        methods.put("views.open", p -> {
            JsonObject view = modal(p.object("view", "invalid_arguments"));
            String user = ws.takeTrigger(p.get("trigger_id"));
            return ws.write(d -> {
                clear(d, user);
                return Json.obj("view", Shapes.view(ws.roster(), open(d, user, view)));
            });
        });
        methods.put("views.push", p -> {
            JsonObject view = modal(p.object("view", "invalid_arguments"));
            String user = ws.takeTrigger(p.get("trigger_id"));
            return ws.write(d -> Json.obj("view", Shapes.view(ws.roster(), push(d, user, view))));
        });
        methods.put("views.update", p -> {
            JsonObject view = p.object("view", "invalid_arguments");
            Limits.view(view, "invalid_arguments");
            return ws.write(d -> {
                View v = find(d, p.get("view_id"), p.get("external_id"));
                if (p.get("hash") != null && !p.get("hash").equals(Json.str(v.json, "hash"))) {
                    throw new SlackError("hash_conflict");
                }
                replace(v, view);
                return Json.obj("view", Shapes.view(ws.roster(), v));
            });
        });
        methods.put("views.publish", p -> {
            JsonObject view = p.object("view", "invalid_arguments");
            if (!"home".equals(Json.str(view, "type"))) {
                throw new SlackError("invalid_arguments", "[ERROR] views.publish takes a view of type home");
            }
            Limits.view(view, "invalid_arguments");
            String user = p.get("user_id");
            if (ws.roster().person(user) == null) {
                throw new SlackError("user_not_found");
            }
            return ws.write(d -> Json.obj("view", Shapes.view(ws.roster(), publish(d, user, view))));
        });
    }

    View open(WorkspaceData d, String user, JsonObject view) {
        View v = create(d, user, view, null, null);
        d.modals.put(user, new ArrayList<>(List.of(v.id)));
        return v;
    }

    View push(WorkspaceData d, String user, JsonObject view) {
        List<String> stack = d.modals.computeIfAbsent(user, u -> new ArrayList<>());
        if (stack.size() >= MAX_STACK) {
            throw new SlackError("push_limit_reached");
        }
        View v = create(
                d,
                user,
                view,
                stack.isEmpty() ? null : stack.get(0),
                stack.isEmpty() ? null : stack.get(stack.size() - 1));
        stack.add(v.id);
        return v;
    }

    /** The modal on top of this person's stack, or null. */
    View top(WorkspaceData d, String user) {
        List<String> stack = d.modals.getOrDefault(user, List.of());
        return stack.isEmpty() ? null : d.views.get(stack.get(stack.size() - 1));
    }

    /** Closes one modal of the stack (normally the top one); the ones below it show again. */
    void close(WorkspaceData d, String user, String viewId) {
        List<String> stack = d.modals.getOrDefault(user, new ArrayList<>());
        if (stack.remove(viewId)) {
            d.views.remove(viewId);
        }
    }

    void clear(WorkspaceData d, String user) {
        d.modals.getOrDefault(user, List.of()).forEach(d.views::remove);
        d.modals.remove(user);
    }

    /** A new content for a view: same id, new hash, errors gone. */
    void replace(View v, JsonObject view) {
        v.json = enrich(modalOrHome(view), Json.str(v.json, "root_view_id"), Json.str(v.json, "previous_view_id"));
        v.errors.clear();
    }

    private View publish(WorkspaceData d, String user, JsonObject view) {
        View home = d.views.get(d.homes.getOrDefault(user, ""));
        if (home == null) {
            home = create(d, user, view, null, null);
            d.homes.put(user, home.id);
        } else {
            replace(home, view);
        }
        return home;
    }

    private View find(WorkspaceData d, String id, String externalId) {
        return d.views.values().stream()
                .filter(v ->
                        v.id.equals(id) || externalId != null && externalId.equals(Json.str(v.json, "external_id")))
                .findFirst()
                .orElseThrow(() -> new SlackError("not_found"));
    }

    private View create(WorkspaceData d, String user, JsonObject view, String root, String previous) {
        View v = new View();
        v.id = ws.nextId(d, "V");
        v.user = user;
        v.json = enrich(view, root == null ? v.id : root, previous);
        d.views.put(v.id, v);
        return v;
    }

    private static JsonObject enrich(JsonObject view, String root, String previous) {
        JsonObject json = view.deepCopy();
        BlockIds.fill(Json.array(json, "blocks"));
        json.addProperty(
                "hash",
                System.currentTimeMillis() / 1000 + "."
                        + UUID.randomUUID().toString().substring(0, 8));
        json.addProperty("root_view_id", root);
        json.addProperty("previous_view_id", previous);
        if (!json.has("private_metadata")) {
            json.addProperty("private_metadata", "");
        }
        if (!json.has("callback_id")) {
            json.addProperty("callback_id", "");
        }
        return json;
    }

    private static JsonObject modal(JsonObject view) {
        if (!"modal".equals(Json.str(view, "type"))) {
            throw new SlackError(
                    "invalid_arguments", "[ERROR] a modal needs \"type\": \"modal\" [json-pointer:/view/type]");
        }
        if (Json.child(view, "title") == null) {
            throw new SlackError("invalid_arguments", "[ERROR] missing required field: title [json-pointer:/view]");
        }
        Limits.view(view, "invalid_arguments");
        return view;
    }

    private static JsonObject modalOrHome(JsonObject view) {
        return "home".equals(Json.str(view, "type")) ? view : modal(view);
    }
}
