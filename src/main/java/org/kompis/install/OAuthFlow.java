package org.kompis.install;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Add to Slack" on Bolt's paths: {@code GET /slack/install} is Kompis's own page (in the visitor's language, with
 * a fresh state in the database and in a cookie), {@code GET /slack/oauth_redirect} goes to Bolt's OAuth callback,
 * which checks the state against the cookie and {@link OAuthStates}, calls {@code oauth.v2.access}, and ends in
 * {@link OAuthOutcomes}.
 */
public final class OAuthFlow {
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    /** The bot scopes of config/slack-app-manifest.yml: the least Kompis needs, no *:history. */
    public static final String SCOPES = "commands,chat:write,im:write,mpim:write,users:read,usergroups:read,"
            + "channels:read,groups:read,files:write";

    private static final String LANG_COOKIE = "kompis-lang";
    private static final Logger log = LoggerFactory.getLogger(OAuthFlow.class);

    private final App app;
    private final OAuthStates states;
    private final Messages messages;
    private final Lang fallback;
    private final SlackRequestParser parser;

    /** Bolt's settings for a distributed app; the App must be built with them for its OAuth callback to run. */
    public static AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder b, OAuthClient client) {
        return b.clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .scope(SCOPES)
                .redirectUri(client.redirectUri())
                .oauthInstallPath(INSTALL_PATH)
                .oauthRedirectUriPath(REDIRECT_PATH)
                .authTestCacheEnabled(true);
    }

    /** Refreshes a bot token with {@code oauth.v2.access} and {@code grant_type=refresh_token}. */
    public static Rotation.Refresh refresher(Slack slack, OAuthClient client) {
        return refreshToken -> {
            try {
                var r = slack.methods()
                        .oauthV2Access(b -> b.clientId(client.clientId())
                                .clientSecret(client.clientSecret())
                                .grantType("refresh_token")
                                .refreshToken(refreshToken));
                if (!r.isOk()) {
                    throw new IllegalStateException("oauth.v2.access answered " + r.getError());
                }
                return new Rotation.Refreshed(r.getAccessToken(), r.getRefreshToken(), r.getExpiresIn());
            } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
                throw new IllegalStateException("oauth.v2.access could not be reached", e);
            }
        };
    }

    public OAuthFlow(
            App app,
            Installations installs,
            OAuthStates states,
            Installs policy,
            Messages messages,
            Lang fallback,
            java.time.Clock clock) {
        this.app = app;
        this.states = states;
        this.messages = messages;
        this.fallback = fallback;
        this.parser = new SlackRequestParser(app.config());
        // Services first: setting the installation service resets Bolt's success handler to its default.
        app.asOAuthApp(true);
        app.service(states);
        app.service(installs);
        OAuthOutcomes outcomes =
                new OAuthOutcomes(app.slack(), policy, installs, messages, fallback, clock, INSTALL_PATH);
        app.oauthCallback(outcomes::installed);
        app.oauthCallbackError(outcomes::denied);
        app.oauthCallbackStateError(outcomes::expired);
        app.oauthCallbackAccessError(outcomes::failed);
        app.oauthCallbackException(outcomes::crashed);
    }

    /** {@code GET /slack/install}: the page with the "Add to Slack" button; {@code ?team=T...} picks a workspace. */
    public void installPage(Context ctx) {
        Lang lang = InstallPage.language(
                ctx.queryParam("lang"), ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language"), fallback);
        String team = ctx.queryParam("team");
        if (team != null && !team.matches("[TE][A-Z0-9]{2,20}")) {
            team = null;
        }
        String state = states.issue(team);
        String url = app.buildAuthorizeUrl(state) + (team == null ? "" : "&team=" + team);
        // The state cookie is what Bolt compares with ?state on the way back: it ties the redirect to this browser.
        ctx.header(
                "Set-Cookie",
                states.getSessionCookieName() + "=" + state + "; Secure; HttpOnly; SameSite=Lax; " + "Path=/; Max-Age="
                        + states.getExpirationInSeconds());
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        LANG_COOKIE + "=" + lang.code() + "; Secure; SameSite=Lax; Path=/; Max-Age="
                                + states.getExpirationInSeconds());
        ctx.header("Cache-Control", "no-store");
        Texts t = messages.in(lang);
        ctx.contentType("text/html; charset=utf-8")
                .result(InstallPage.render(
                        t,
                        t.t("install.title"),
                        List.of(t.t("install.intro"), t.t("install.scopes")),
                        url,
                        t.t("install.button"),
                        true));
    }

    /** {@code GET /slack/oauth_redirect}: handed to Bolt's OAuth callback; the answer is a page, never a 5xx. */
    public void redirect(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(), List.of(value)));
        Response response;
        try {
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .requestBody("")
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(ctx.ip())
                    .build());
            response = request == null ? null : app.run(request);
        } catch (Exception e) {
            log.error("The OAuth redirect failed inside Kompis", e);
            response = null;
        }
        if (response == null || response.getStatusCode() == null || response.getStatusCode() >= 500) {
            ctx.redirect(INSTALL_PATH);
            return;
        }
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders()
                    .forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(response.getContentType() == null ? "text/html; charset=utf-8" : response.getContentType());
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    /** The language the install page was shown in, from its cookie. */
    static String langCookie(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.trim();
            if (p.startsWith(LANG_COOKIE + "=")) {
                return p.substring(LANG_COOKIE.length() + 1);
            }
        }
        return null;
    }
}
