package org.kompis.sandbox;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kompis.install.OAuthFlow;

/**
 * Slack's side of "Add to Slack": the code an admin's approval sends back to Kompis's redirect, and
 * {@code oauth.v2.access} trading it (with Kompis's client id and secret) for that workspace's bot token. Kompis
 * stores the token sealed in its installations, as for a real install, and calls back with it.
 */
final class InstallApi {
    /** The bot scopes of config/slack-app-manifest.yml. */
    private final SignInApi client;

    private final Map<String, Roster> codes = new ConcurrentHashMap<>();

    InstallApi(SignInApi client) {
        this.client = client;
    }

    /** The code Slack hands the redirect once the workspace's admin approved the install. */
    String approve(Roster team) {
        String code = "sandbox-install-" + UUID.randomUUID();
        codes.put(code, team);
        return code;
    }

    /** oauth.v2.access: a code, once, for the client that knows the secret. */
    JsonObject access(Params params, String authorization) {
        if (!client.isClient(params, authorization)) {
            throw new SlackError("invalid_client_id");
        }
        Roster team = codes.remove(String.valueOf(params.get("code")));
        if (team == null) {
            throw new SlackError("invalid_code");
        }
        return Json.obj(
                "app_id",
                Demo.APP_ID,
                "authed_user",
                Json.obj("id", team.manager()),
                "scope",
                OAuthFlow.SCOPES,
                "token_type",
                "bot",
                "access_token",
                team.token(),
                "bot_user_id",
                team.bot().id(),
                "team",
                Json.obj("id", team.teamId(), "name", team.name()),
                "enterprise",
                null,
                "is_enterprise_install",
                false);
    }
}
