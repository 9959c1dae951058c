package org.kompis.sandbox;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One workspace's Slack Web API as far as Kompis uses it (reached through {@link SlackRouter} by its token),
 * answering in Slack's JSON shapes and keeping what it is told in the {@link Workspace}. A method it does not know
 * answers {@code ok:true} and is listed on the page, so nothing fails silently and nothing is silently faked.
 */
public final class EmulatedSlack {
    /** The first workspace's bot token, as its install gets it from oauth.v2.access. */
    public static final String BOT_TOKEN = "xoxb-sandbox";

    @FunctionalInterface
    interface Method {
        JsonObject call(Params params);
    }

    private final Workspace ws;
    private final Map<String, Method> methods = new HashMap<>();
    private final ChatApi chat;
    private final ViewsApi views;
    private final FilesApi files;
    private final ResponseUrls responses;

    /**
     * @param internalUrl how Kompis reaches this server (response_url, upload URLs)
     * @param publicUrl how a browser does (permalinks, file links)
     */
    EmulatedSlack(Workspace ws, String internalUrl, String publicUrl) {
        this.ws = ws;
        this.chat = new ChatApi(ws, publicUrl);
        this.views = new ViewsApi(ws);
        this.files = new FilesApi(ws, chat, internalUrl, publicUrl);
        this.responses = new ResponseUrls(ws, chat, internalUrl);
        chat.register(methods);
        views.register(methods);
        files.register(methods);
        new DirectoryApi(ws, publicUrl).register(methods);
    }

    Roster roster() {
        return ws.roster();
    }

    Workspace workspace() {
        return ws;
    }

    /** A call with this workspace's token: what Slack answers, {@code ok:false} and the error when it refuses. */
    JsonObject call(String name, Params params) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        try {
            if (methods.get(name) == null) {
                unsupported(name);
            } else {
                methods.get(name).call(params).entrySet().forEach(e -> answer.add(e.getKey(), e.getValue()));
            }
        } catch (SlackError e) {
            return refused(name, e);
        }
        return answer;
    }

    /** Slack's answer to a refused call, also told to the person at the page. */
    JsonObject refused(String name, SlackError e) {
        JsonObject answer = Json.obj("ok", false, "error", e.error());
        if (e.detail() != null) {
            answer.add("response_metadata", Json.obj("messages", List.of(e.detail())));
        }
        ws.notice("warn", name + " answered " + e.error() + (e.detail() == null ? "" : ": " + e.detail()));
        return answer;
    }

    ChatApi chat() {
        return chat;
    }

    ViewsApi views() {
        return views;
    }

    ResponseUrls responses() {
        return responses;
    }

    FilesApi files() {
        return files;
    }

    private void unsupported(String name) {
        boolean first = ws.write(d -> d.unsupported.merge(name, 1, Integer::sum) == 1);
        if (first) {
            ws.notice("info", name + " is not emulated: the sandbox answered ok:true and did nothing");
        }
    }
}
