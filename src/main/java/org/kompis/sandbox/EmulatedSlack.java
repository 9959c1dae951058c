package org.kompis.sandbox;

import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's Web API as far as Kompis uses it ({@code POST /sandbox/api/{method}}), answering in Slack's JSON shapes
 * and keeping what it is told in the {@link Workspace}. A method it does not know answers {@code ok:true} and is
 * listed on the page, so nothing fails silently and nothing is silently faked.
 */
public final class EmulatedSlack {
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
    private final SignInApi signIn;

    /**
     * @param internalUrl how Kompis reaches this server (response_url, upload URLs)
     * @param publicUrl how a browser does (permalinks, file links)
     */
    EmulatedSlack(Workspace ws, String internalUrl, String publicUrl, SignInApi signIn) {
        this.ws = ws;
        this.signIn = signIn;
        this.chat = new ChatApi(ws, publicUrl);
        this.views = new ViewsApi(ws);
        this.files = new FilesApi(ws, chat, internalUrl, publicUrl);
        this.responses = new ResponseUrls(ws, chat, internalUrl);
        chat.register(methods);
        views.register(methods);
        files.register(methods);
        new DirectoryApi(ws, publicUrl).register(methods);
    }

    public void api(Context ctx) {
        String name = ctx.pathParam("method");
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        try {
            Params params = Params.of(ctx);
            if (name.startsWith("openid.connect.")) {
                // Sign in with Slack: the client's credentials or a person's access token, never the bot token.
                JsonObject result = name.equals("openid.connect.token")
                        ? signIn.token(params, ctx.header("Authorization"))
                        : signIn.userInfo(params);
                result.entrySet().forEach(e -> answer.add(e.getKey(), e.getValue()));
            } else if (params.token() == null) {
                throw new SlackError("not_authed");
            } else if (!BOT_TOKEN.equals(params.token())) {
                throw new SlackError("invalid_auth");
            } else if (methods.get(name) == null) {
                unsupported(name);
            } else {
                methods.get(name).call(params).entrySet().forEach(e -> answer.add(e.getKey(), e.getValue()));
            }
        } catch (SlackError e) {
            answer.addProperty("ok", false);
            answer.addProperty("error", e.error());
            if (e.detail() != null) {
                answer.add("response_metadata", Json.obj("messages", List.of(e.detail())));
            }
            ws.notice("warn", name + " answered " + e.error() + (e.detail() == null ? "" : ": " + e.detail()));
        }
        ctx.contentType("application/json").result(answer.toString());
    }

    /** Slack's sign-in page: GET /sandbox/openid/connect/authorize. */
    public void authorize(Context ctx) {
        signIn.authorize(ctx);
    }

    public void respond(Context ctx) {
        responses.respond(ctx);
    }

    public void upload(Context ctx) throws IOException {
        files.upload(ctx);
    }

    public void download(Context ctx) {
        files.download(ctx);
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

    private void unsupported(String name) {
        boolean first = ws.write(d -> d.unsupported.merge(name, 1, Integer::sum) == 1);
        if (first) {
            ws.notice("info", name + " is not emulated: the sandbox answered ok:true and did nothing");
        }
    }
}
