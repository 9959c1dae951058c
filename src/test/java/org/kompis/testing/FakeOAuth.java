package org.kompis.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's side of OAuth v2 on a {@link FakeSlack}: codes that {@code oauth.v2.access} exchanges for a bot token
 * (with a 12-hour expiry and a single-use refresh token when rotation is on), {@code grant_type=refresh_token},
 * {@code auth.test} answering for the workspace a token belongs to, and {@code auth.revoke}.
 */
public final class FakeOAuth {
    public static final String CLIENT_ID = "1111.2222";
    public static final String CLIENT_SECRET = "test-client-secret";

    /** What a person granted: a workspace (or an org-wide install with {@code team} null), by {@code user}. */
    public record Grant(String team, String enterprise, String user) {}

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> usedRefreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile boolean rotation;

    public FakeOAuth(FakeSlack slack) {
        slack.on("oauth.v2.access", this::access);
        slack.on("auth.test", this::authTest);
        slack.on("auth.revoke", c -> {
            revoked.add(bearer(c.token()));
            return Map.of("ok", true, "revoked", true);
        });
    }

    /** Token rotation on: 12-hour tokens and refresh tokens, as the app setting does. */
    public FakeOAuth rotation(boolean on) {
        this.rotation = on;
        return this;
    }

    /** The code Slack would hand the redirect after {@code user} installs into {@code team}. */
    public String code(String team, String enterprise, String user) {
        String code = "code-" + serial.incrementAndGet();
        codes.put(code, new Grant(team, enterprise, user));
        return code;
    }

    /** The workspace a bearer token was issued for, or null. */
    public Grant grantOf(String authorization) {
        return tokens.get(bearer(authorization));
    }

    /** The last bot token issued for {@code team}, or null. */
    public String tokenOf(String team) {
        return tokens.entrySet().stream()
                .filter(e -> team.equals(e.getValue().team()))
                .map(Map.Entry::getKey)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    public boolean revoked(String token) {
        return revoked.contains(token);
    }

    /** How many refreshes Slack accepted. */
    public int refreshes() {
        return refreshes.get();
    }

    private Object access(FakeSlack.Call c) {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(c.token())) {
            return Map.of("ok", false, "error", "invalid_client_id");
        }
        Grant grant;
        if ("refresh_token".equals(c.param("grant_type"))) {
            String refresh = c.param("refresh_token");
            grant = refreshTokens.get(refresh);
            if (grant == null || !usedRefreshTokens.add(refresh)) {
                return Map.of("ok", false, "error", "invalid_grant");
            }
            refreshes.incrementAndGet();
        } else {
            grant = codes.remove(String.valueOf(c.param("code")));
            if (grant == null) {
                return Map.of("ok", false, "error", "invalid_code");
            }
        }
        int n = serial.incrementAndGet();
        String token = (rotation ? "xoxe.xoxb-" : "xoxb-") + (grant.team() == null ? grant.enterprise() : grant.team())
                + "-" + n;
        tokens.put(token, grant);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("app_id", "A0KOMPIS");
        out.put("authed_user", Map.of("id", grant.user()));
        out.put("scope", "commands,chat:write,im:write,users:read");
        out.put("token_type", "bot");
        out.put("access_token", token);
        out.put("bot_user_id", "UBOT");
        out.put("is_enterprise_install", grant.team() == null);
        if (grant.team() != null) {
            out.put("team", Map.of("id", grant.team(), "name", "Workspace " + grant.team()));
        }
        if (grant.enterprise() != null) {
            out.put("enterprise", Map.of("id", grant.enterprise(), "name", "Org " + grant.enterprise()));
        }
        if (rotation) {
            String refresh = "xoxe-1-" + n;
            refreshTokens.put(refresh, grant);
            out.put("refresh_token", refresh);
            out.put("expires_in", 43_200);
        }
        return out;
    }

    private Object authTest(FakeSlack.Call c) {
        String token = bearer(c.token());
        if (revoked.contains(token)) {
            return Map.of("ok", false, "error", "token_revoked");
        }
        Grant grant = tokens.get(token);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("team_id", grant == null ? FakeSlack.TEAM : grant.team() == null ? grant.enterprise() : grant.team());
        out.put("team", "Kompis test");
        out.put("user_id", "UBOT");
        out.put("bot_id", "BBOT");
        out.put("url", "https://kompis-test.slack.com/");
        if (grant != null && grant.enterprise() != null) {
            out.put("enterprise_id", grant.enterprise());
            out.put("is_enterprise_install", grant.team() == null);
        }
        return out;
    }

    private static String bearer(String authorization) {
        return authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    }
}
