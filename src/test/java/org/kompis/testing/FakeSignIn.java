package org.kompis.testing;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign in with Slack as {@link FakeSlack} plays it: the authorize page signs the browser in as whoever the test
 * chose and sends it back with a one-time code; openid.connect.token trades the code (with the client secret) for an
 * ID token carrying the nonce; openid.connect.userInfo says who the access token belongs to.
 */
public final class FakeSignIn {
    public static final String CLIENT_ID = "111.222";
    public static final String CLIENT_SECRET = "test-client-secret";

    private record Grant(String user, String nonce, String redirectUri) {}

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile String user;

    void as(String userId) {
        this.user = userId;
    }

    void authorize(Context ctx) {
        String redirect = ctx.queryParam("redirect_uri");
        String state = URLEncoder.encode(String.valueOf(ctx.queryParam("state")), StandardCharsets.UTF_8);
        if (user == null || !CLIENT_ID.equals(ctx.queryParam("client_id"))) {
            ctx.redirect(redirect + "?error=access_denied&state=" + state);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, ctx.queryParam("nonce"), redirect));
        ctx.redirect(redirect + "?code=" + code + "&state=" + state);
    }

    Object token(FakeSlack.Call call) {
        Grant grant = codes.remove(String.valueOf(call.param("code")));
        // Slack takes the client's id and secret as form fields or as HTTP Basic credentials (the SDK sends the
        // latter).
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean client = basic.equals(call.token())
                || CLIENT_ID.equals(call.param("client_id")) && CLIENT_SECRET.equals(call.param("client_secret"));
        if (grant == null || !client || !grant.redirectUri().equals(call.param("redirect_uri"))) {
            return Map.of("ok", false, "error", "invalid_code");
        }
        String access = "xoxp-" + UUID.randomUUID();
        tokens.put(access, grant.user());
        String claims = "{\"iss\":\"https://slack.com\",\"sub\":\"" + grant.user() + "\",\"aud\":\"" + CLIENT_ID
                + "\",\"exp\":4102444800,\"iat\":1700000000,\"nonce\":\"" + grant.nonce()
                + "\",\"https://slack.com/user_id\":\""
                + grant.user() + "\",\"https://slack.com/team_id\":\"" + FakeSlack.TEAM + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwt = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        return Map.of("ok", true, "access_token", access, "token_type", "Bearer", "id_token", jwt);
    }

    Object userInfo(FakeSlack.Call call) {
        String auth = call.token() == null ? "" : call.token().replace("Bearer ", "");
        String who = tokens.get(call.param("token") != null ? call.param("token") : auth);
        if (who == null) {
            return Map.of("ok", false, "error", "invalid_auth");
        }
        return Map.of(
                "ok",
                true,
                "sub",
                who,
                "https://slack.com/user_id",
                who,
                "https://slack.com/team_id",
                FakeSlack.TEAM,
                "name",
                who);
    }
}
