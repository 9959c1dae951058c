package org.kompis.sandbox;

import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign in with Slack, emulated: the authorize page lets you pick who you are (as the page's "Acting as" does), and
 * openid.connect.token and openid.connect.userInfo answer as Slack does, so Kompis's insights page runs its real
 * sign-in. Codes and access tokens live in memory: a restart only means signing in again.
 */
final class SignInApi {
    static final String CLIENT_ID = "0000.sandbox";

    private record Grant(String user, String nonce, String redirectUri) {}

    private final String clientSecret;
    private final List<Roster> teams;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    SignInApi(String clientSecret, List<Roster> teams) {
        this.clientSecret = clientSecret;
        this.teams = teams;
    }

    /** GET /sandbox/openid/connect/authorize: one button per person, each sending the browser back with a code. */
    void authorize(Context ctx) {
        String redirect = ctx.queryParam("redirect_uri");
        String state = ctx.queryParam("state");
        if (redirect == null || state == null || !CLIENT_ID.equals(ctx.queryParam("client_id"))) {
            ctx.status(400).result("invalid_request");
            return;
        }
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Sign in with Slack "
                + "(sandbox)</title></head><body style=\"font-family:sans-serif;max-width:480px;margin:48px auto\">"
                + "<h1>Sign in with Slack</h1><p>Sandbox: choose who you are.</p>");
        for (Roster team : teams) {
            page.append("<h2>").append(escape(team.name())).append("</h2><ul>");
            people(page, team, ctx, redirect, state);
            page.append("</ul>");
        }
        ctx.html(page.append("</body></html>").toString());
    }

    private void people(StringBuilder page, Roster team, Context ctx, String redirect, String state) {
        for (Person p : team.people()) {
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(p.id(), ctx.queryParam("nonce"), redirect));
            page.append("<li><a id=\"as-")
                    .append(p.id())
                    .append("\" href=\"")
                    .append(escape(redirect))
                    .append("?code=")
                    .append(code)
                    .append("&amp;state=")
                    .append(URLEncoder.encode(state, StandardCharsets.UTF_8))
                    .append("\">")
                    .append(escape(p.name()))
                    .append("</a></li>");
        }
    }

    /** openid.connect.token: the code, once, for the client that knows the secret. */
    JsonObject token(Params params, String authorization) {
        boolean client = isClient(params, authorization);
        Grant grant = codes.remove(String.valueOf(params.get("code")));
        if (!client) {
            throw new SlackError("invalid_client_id");
        }
        if (grant == null || !grant.redirectUri().equals(params.get("redirect_uri"))) {
            throw new SlackError("invalid_code");
        }
        codes.values().removeIf(g -> g.nonce() != null && g.nonce().equals(grant.nonce()));
        String access = "xoxp-sandbox-" + UUID.randomUUID();
        tokens.put(access, grant.user());
        JsonObject claims = new JsonObject();
        claims.addProperty("iss", "https://slack.com");
        claims.addProperty("sub", grant.user());
        claims.addProperty("aud", CLIENT_ID);
        claims.addProperty("exp", System.currentTimeMillis() / 1000 + 3600L * 24 * 365 * 10);
        claims.addProperty("nonce", grant.nonce());
        claims.addProperty("https://slack.com/user_id", grant.user());
        claims.addProperty("https://slack.com/team_id", teamOf(grant.user()).teamId());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        // Unsigned: Kompis takes the ID token straight from the token endpoint and does not check a signature.
        String jwt = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
        return Json.obj("access_token", access, "token_type", "Bearer", "id_token", jwt);
    }

    /** openid.connect.userInfo: who the access token belongs to. */
    JsonObject userInfo(Params params) {
        String user = params.token() == null ? null : tokens.get(params.token());
        if (user == null) {
            throw new SlackError("invalid_auth");
        }
        Roster team = teamOf(user);
        Person p = team.person(user);
        return Json.obj(
                "sub",
                user,
                "https://slack.com/user_id",
                user,
                "https://slack.com/team_id",
                team.teamId(),
                "name",
                p.name(),
                "locale",
                p.locale());
    }

    /** Kompis itself, by its client id and secret (HTTP Basic, or in the form), as Slack's OAuth methods check. */
    boolean isClient(Params params, String authorization) {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return basic.equals(authorization)
                || CLIENT_ID.equals(params.get("client_id")) && clientSecret.equals(params.get("client_secret"));
    }

    private Roster teamOf(String user) {
        return teams.stream().filter(t -> t.person(user) != null).findFirst().orElseThrow();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
