package org.kompis.app;

import com.slack.api.bolt.App;
import io.javalin.Javalin;
import io.javalin.json.JavalinGson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kompis.sandbox.EmulatedSlack;
import org.kompis.sandbox.Sandbox;
import org.kompis.sandbox.SandboxUi;
import org.kompis.slack.Replays;
import org.kompis.slack.RequestVerifier;
import org.kompis.slack.SlackEndpoint;

/** Every HTTP route Kompis serves, in one table. */
final class HttpServer {
  private HttpServer() {}

  static Javalin start(int port, App app, RequestVerifier verifier, Replays replays, Health health,
      Sandbox sandbox) {
    Javalin server = Javalin.create(config -> {
      config.jsonMapper(new JavalinGson());
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = SlackEndpoint.MAX_BODY_BYTES;

      config.routes.get("/healthz", ctx -> {
        boolean ok = health.alive().getAsBoolean();
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "starting"));
      });
      config.routes.get("/readyz", ctx -> {
        Map<String, Boolean> checks = health.ready().checks();
        boolean ok = !checks.containsValue(false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "ready" : "not ready");
        checks.forEach((name, pass) -> body.put(name, pass ? "ok" : "failing"));
        ctx.status(ok ? 200 : 503).json(body);
      });
      config.routes.post("/slack/events", verifier == null
          ? ctx -> ctx.status(404).result("HTTP mode is off: Kompis runs in Socket Mode (no SLACK_SIGNING_SECRET)")
          : new SlackEndpoint(app, verifier, replays));

      if (sandbox != null) {
        // The sandbox (README > Try it without Slack): a page that plays the Slack client and posts signed
        // requests to /slack/events like Slack does, and the Web API Kompis calls, emulated.
        SandboxUi ui = sandbox.ui();
        EmulatedSlack slack = sandbox.slack();
        config.routes.get("/", ui::page);
        config.routes.get("/sandbox/assets/{file}", ui::asset);
        config.routes.get("/sandbox/ui/state", ui::state);
        config.routes.post("/sandbox/ui/command", ui::command);
        config.routes.post("/sandbox/ui/message", ui::message);
        config.routes.post("/sandbox/ui/action", ui::action);
        config.routes.post("/sandbox/ui/submit", ui::submit);
        config.routes.post("/sandbox/ui/close", ui::close);
        config.routes.post("/sandbox/ui/open", ui::open);
        config.routes.post("/sandbox/ui/join", ui::join);
        config.routes.post("/sandbox/ui/time-travel", ui::timeTravel);
        config.routes.post("/sandbox/ui/reset", ui::reset);
        config.routes.post("/sandbox/api/{method}", slack::api);
        config.routes.post("/sandbox/respond/{token}", slack::respond);
        config.routes.post("/sandbox/upload/{fileId}", slack::upload);
        config.routes.get("/sandbox/files/{fileId}", slack::download);
      }
    });
    return sandbox == null ? server.start(port) : server.start(sandbox.host(), port);
  }
}
