package org.kompis.install;

import com.slack.api.Slack;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the browser sees at {@code /slack/oauth_redirect}, for each way an install ends: installed, cancelled,
 * an expired or reused link, a workspace this Kompis does not serve, or Slack failing. Each is a page in the
 * installer's language; nothing is stored unless the install is done and allowed.
 */
final class OAuthOutcomes {
    private static final Logger log = LoggerFactory.getLogger(OAuthOutcomes.class);

    private final Slack slack;
    private final Installs policy;
    private final Installations installs;
    private final Messages messages;
    private final Lang fallback;
    private final Clock clock;
    private final String installPath;

    OAuthOutcomes(
            Slack slack,
            Installs policy,
            Installations installs,
            Messages messages,
            Lang fallback,
            Clock clock,
            String installPath) {
        this.slack = slack;
        this.policy = policy;
        this.installs = installs;
        this.messages = messages;
        this.fallback = fallback;
        this.clock = clock;
        this.installPath = installPath;
    }

    Response installed(OAuthCallbackRequest req, Response resp, OAuthV2AccessResponse o) {
        String enterprise = o.getEnterprise() == null ? null : o.getEnterprise().getId();
        String team = o.getTeam() == null ? null : o.getTeam().getId();
        String meant = OAuthStates.teamOf(first(req.getQueryString(), "state"));
        if (!policy.allows(enterprise, team) || meant != null && !meant.equals(team) && !meant.equals(enterprise)) {
            revoke(o.getAccessToken());
            log.info("Refused an install into workspace {} (org {}): not one this Kompis serves", team, enterprise);
            return page(req, resp, 403, "install.wrong", null, true);
        }
        long now = clock.millis();
        DefaultInstaller i = DefaultInstaller.builder()
                .appId(o.getAppId())
                .enterpriseId(enterprise)
                .enterpriseName(
                        o.getEnterprise() == null ? null : o.getEnterprise().getName())
                .teamId(team)
                .teamName(o.getTeam() == null ? null : o.getTeam().getName())
                .isEnterpriseInstall(o.isEnterpriseInstall())
                .tokenType(o.getTokenType())
                .scope(o.getScope())
                .botScope(o.getScope())
                .botUserId(o.getBotUserId())
                .botAccessToken(o.getAccessToken())
                .botRefreshToken(o.getRefreshToken())
                .botTokenExpiresAt(o.getExpiresIn() == null ? null : now + o.getExpiresIn() * 1000L)
                .installerUserId(
                        o.getAuthedUser() == null ? null : o.getAuthedUser().getId())
                .installerUserScope(
                        o.getAuthedUser() == null ? null : o.getAuthedUser().getScope())
                .installedAt(now)
                .build();
        installs.saveInstallerAndBot(i);
        log.info("Installed in workspace {} (org {})", team, enterprise);
        String name =
                o.getTeam() != null ? o.getTeam().getName() : o.getEnterprise().getName();
        Texts t = texts(req);
        String open = team == null ? "https://slack.com/" : "https://slack.com/app_redirect?team=" + team;
        resp.setStatusCode(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.setBody(InstallPage.render(
                t,
                t.t("install.done.title"),
                List.of(t.t("install.done.body", name)),
                open,
                t.t("install.done.open"),
                false));
        return resp;
    }

    Response denied(OAuthCallbackRequest req, Response resp) {
        return page(req, resp, 200, "install.denied", null, true);
    }

    Response expired(OAuthCallbackRequest req, Response resp) {
        return page(req, resp, 400, "install.expired", null, true);
    }

    Response failed(OAuthCallbackRequest req, Response resp, OAuthV2AccessResponse o) {
        log.warn("oauth.v2.access answered {}: nothing was installed", o.getError());
        return page(req, resp, 400, "install.failed", null, true);
    }

    Response crashed(OAuthCallbackRequest req, Response resp, Exception e) {
        log.error("An install failed inside Kompis; nothing was installed", e);
        return page(req, resp, 400, "install.failed", null, true);
    }

    private Response page(OAuthCallbackRequest req, Response resp, int status, String key, String arg, boolean again) {
        Texts t = texts(req);
        resp.setStatusCode(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setBody(InstallPage.render(
                t,
                t.t(key + ".title"),
                List.of(t.t(key + ".body", arg)),
                again ? installPath : null,
                t.t("install.again"),
                false));
        return resp;
    }

    private Texts texts(OAuthCallbackRequest req) {
        return messages.in(InstallPage.language(
                null,
                OAuthFlow.langCookie(req.getHeaders().getFirstValue("cookie")),
                req.getHeaders().getFirstValue("accept-language"),
                fallback));
    }

    private void revoke(String token) {
        try {
            slack.methods(token).authRevoke(r -> r);
        } catch (Exception e) {
            log.warn("Could not revoke the token of a refused install; it is not stored", e);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query == null ? null : query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
