package org.kompis.sandbox;

import io.javalin.config.RoutesConfig;
import org.kompis.core.WebAddOn;

/**
 * The sandbox's routes on Kompis's server (README > Try it without Slack): a page that plays the Slack client and
 * posts signed requests to /slack/events like Slack does, and the Web API Kompis calls, emulated.
 */
final class SandboxRoutes implements WebAddOn {
    private final Sandbox sandbox;

    SandboxRoutes(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void routes(RoutesConfig routes) {
        SandboxUi ui = sandbox.ui();
        SlackRouter slack = sandbox.slack();
        routes.get("/", ui::page);
        routes.get("/sandbox/assets/{file}", ui::asset);
        routes.get("/sandbox/ui/state", ui::state);
        routes.post("/sandbox/ui/command", ui::command);
        routes.post("/sandbox/ui/message", ui::message);
        routes.post("/sandbox/ui/action", ui::action);
        routes.post("/sandbox/ui/submit", ui::submit);
        routes.post("/sandbox/ui/close", ui::close);
        routes.post("/sandbox/ui/open", ui::open);
        routes.post("/sandbox/ui/join", ui::join);
        routes.post("/sandbox/ui/time-travel", ui::timeTravel);
        routes.post("/sandbox/ui/reset", ui::reset);
        routes.post("/sandbox/api/{method}", slack::api);
        routes.post("/sandbox/respond/{token}", slack::respond);
        routes.post("/sandbox/upload/{fileId}", slack::upload);
        routes.get("/sandbox/files/{fileId}", slack::download);
        routes.get("/sandbox/openid/connect/authorize", slack::authorize);
    }

    /** Loopback unless KOMPIS_SANDBOX_HOST says otherwise (anyone here can act as anyone). */
    @Override
    public String host() {
        return sandbox.host();
    }
}
