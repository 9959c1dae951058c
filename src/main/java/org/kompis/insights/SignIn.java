package org.kompis.insights;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.openid.connect.OpenIDConnectTokenResponse;
import com.slack.api.methods.response.openid.connect.OpenIDConnectUserInfoResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.InsightsSettings;

/**
 * Sign in with Slack (OpenID Connect, authorization code flow). {@link #start} remembers a state and a nonce for
 * the browser that asked and sends it to Slack; {@link #finish} takes the code back only with that state, from that
 * browser, once and within ten minutes, trades it for tokens (openid.connect.token), checks the ID token's nonce,
 * audience, issuer and expiry, and asks who it is (openid.connect.userInfo). The ID token comes straight from Slack
 * over TLS with the client secret, which OpenID Connect Core (3.1.3.7) accepts in place of checking its signature.
 */
final class SignIn {
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String ISSUER = "https://slack.com";

    /** Who signed in. */
    record Identity(String teamId, String userId) {}

    /** A sign-in that must not go through; the reason is for the log, never for the page. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why);
        }
    }

    private final InsightsSettings settings;
    private final Slack slack;
    private final Jdbi jdbi;
    private final Clock clock;

    SignIn(InsightsSettings settings, Slack slack, Jdbi jdbi, Clock clock) {
        this.settings = settings;
        this.slack = slack;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores a new sign-in for the browser holding {@code browserToken}; returns where to send the browser. */
    String start(String browserToken) {
        String state = Secrets.token();
        String nonce = Secrets.token();
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        store.sweepLogins(clock.millis() - WINDOW.toMillis());
        store.addLogin(state, nonce, Secrets.hash(browserToken), clock.millis());
        return settings.authorizeUrl() + "?response_type=code&scope=openid%20profile&client_id="
                + enc(settings.clientId()) + "&state=" + state + "&nonce=" + nonce + "&redirect_uri="
                + enc(settings.redirectUri());
    }

    Identity finish(String code, String state, String browserToken) throws Refused {
        if (code == null || state == null || browserToken == null) {
            throw new Refused("missing code, state or browser cookie");
        }
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        var login = store.login(state).orElseThrow(() -> new Refused("unknown state"));
        if (!Secrets.same(login.browser(), Secrets.hash(browserToken))) {
            throw new Refused("state from another browser");
        }
        if (store.useLogin(state) != 1 || login.createdAt() < clock.millis() - WINDOW.toMillis()) {
            throw new Refused("state used or expired");
        }
        try {
            OpenIDConnectTokenResponse tokens = slack.methods()
                    .openIDConnectToken(r -> r.clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .code(code)
                            .redirectUri(settings.redirectUri()));
            if (!tokens.isOk() || tokens.getIdToken() == null) {
                throw new Refused("openid.connect.token: " + tokens.getError());
            }
            JsonObject claims = claims(tokens.getIdToken());
            check(claims, login.nonce());
            OpenIDConnectUserInfoResponse info =
                    slack.methods(tokens.getAccessToken()).openIDConnectUserInfo(r -> r.token(tokens.getAccessToken()));
            if (!info.isOk() || info.getUserId() == null || info.getTeamId() == null) {
                throw new Refused("openid.connect.userInfo: " + info.getError());
            }
            if (!info.getUserId().equals(string(claims, "https://slack.com/user_id"))) {
                throw new Refused("userInfo and ID token disagree");
            }
            return new Identity(info.getTeamId(), info.getUserId());
        } catch (IOException | SlackApiException e) {
            throw new Refused("Slack did not answer: " + e.getClass().getSimpleName());
        }
    }

    private void check(JsonObject claims, String nonce) throws Refused {
        if (!Secrets.same(nonce, string(claims, "nonce"))) {
            throw new Refused("nonce");
        }
        var aud = claims.get("aud");
        boolean forUs = aud != null
                && (aud.isJsonArray()
                        ? aud.getAsJsonArray().toString().contains("\"" + settings.clientId() + "\"")
                        : settings.clientId().equals(aud.getAsString()));
        if (!forUs || !ISSUER.equals(string(claims, "iss"))) {
            throw new Refused("audience or issuer");
        }
        if (!claims.has("exp") || claims.get("exp").getAsLong() * 1000 < clock.millis()) {
            throw new Refused("expired ID token");
        }
    }

    private static JsonObject claims(String jwt) throws Refused {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new Refused("not a JWT");
        }
        try {
            return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (RuntimeException e) {
            throw new Refused("unreadable ID token");
        }
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
