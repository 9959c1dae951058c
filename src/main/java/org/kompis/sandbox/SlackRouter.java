package org.kompis.sandbox;

import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Slack's Web API for every emulated workspace on one address ({@code POST /sandbox/api/{method}}), as Slack's is:
 * the bot token of a call says which workspace it is for. Sign-in and {@code oauth.v2.access} take Kompis's client
 * credentials instead; a response_url or a file finds its workspace by its id.
 */
public final class SlackRouter {
    private final Sites sites;
    private final SignInApi signIn;
    private final InstallApi installs;

    SlackRouter(Sites sites, SignInApi signIn, InstallApi installs) {
        this.sites = sites;
        this.signIn = signIn;
        this.installs = installs;
    }

    public void api(Context ctx) {
        String name = ctx.pathParam("method");
        JsonObject answer;
        try {
            Params params = Params.of(ctx);
            if (name.startsWith("openid.connect.") || name.equals("oauth.v2.access")) {
                String auth = ctx.header("Authorization");
                JsonObject result = name.equals("oauth.v2.access")
                        ? installs.access(params, auth)
                        : name.equals("openid.connect.token") ? signIn.token(params, auth) : signIn.userInfo(params);
                answer = Json.obj("ok", true);
                for (var e : result.entrySet()) {
                    answer.add(e.getKey(), e.getValue());
                }
            } else if (params.token() == null) {
                throw new SlackError("not_authed");
            } else if (sites.ofToken(params.token()) == null) {
                throw new SlackError("invalid_auth");
            } else {
                answer = sites.ofToken(params.token()).slack().call(name, params);
            }
        } catch (SlackError e) {
            answer = sites.first().slack().refused(name, e);
        }
        ctx.contentType("application/json").result(answer.toString());
    }

    /** Slack's sign-in page: GET /sandbox/openid/connect/authorize. */
    public void authorize(Context ctx) {
        signIn.authorize(ctx);
    }

    public void respond(Context ctx) {
        String token = ctx.pathParam("token");
        sites.orFirst(s -> s.slack().responses().knows(token))
                .slack()
                .responses()
                .respond(ctx);
    }

    public void upload(Context ctx) throws IOException {
        String id = ctx.pathParam("fileId");
        sites.orFirst(s -> s.slack().files().has(id)).slack().files().upload(ctx);
    }

    public void download(Context ctx) {
        String id = ctx.pathParam("fileId");
        sites.orFirst(s -> s.slack().files().has(id)).slack().files().download(ctx);
    }
}
