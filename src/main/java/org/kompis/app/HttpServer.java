package org.kompis.app;

import com.slack.api.bolt.App;
import io.javalin.Javalin;
import io.javalin.json.JavalinGson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.kompis.core.WebAddOn;
import org.kompis.insights.InsightsWeb;
import org.kompis.install.OAuthFlow;
import org.kompis.slack.Replays;
import org.kompis.slack.RequestVerifier;
import org.kompis.slack.SlackEndpoint;

/** Every HTTP route Kompis serves, in one table; an add-on adds its own through {@link WebAddOn#routes}. */
final class HttpServer {
    private HttpServer() {}

    static Javalin start(
            int port,
            App app,
            RequestVerifier verifier,
            Replays replays,
            Health health,
            InsightsWeb insights,
            WebAddOn addOn,
            OAuthFlow oauth,
            Supplier<String> metrics) {
        Javalin server = Javalin.create(config -> {
            config.jsonMapper(new JavalinGson());
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = SlackEndpoint.MAX_BODY_BYTES;

            config.routes.get("/healthz", ctx -> {
                boolean ok = health.alive().getAsBoolean();
                ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "starting"));
            });
            config.routes.get(
                    "/metrics",
                    ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(metrics.get()));
            config.routes.get("/readyz", ctx -> {
                Map<String, Boolean> checks = health.ready().checks();
                boolean ok = !checks.containsValue(false);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", ok ? "ready" : "not ready");
                checks.forEach((name, pass) -> body.put(name, pass ? "ok" : "failing"));
                ctx.status(ok ? 200 : 503).json(body);
            });
            config.routes.post(
                    "/slack/events",
                    verifier == null
                            ? ctx -> ctx.status(404)
                                    .result("HTTP mode is off: Kompis runs in Socket Mode (no SLACK_SIGNING_SECRET)")
                            : new SlackEndpoint(app, verifier, replays));
            if (oauth != null) {
                // "Add to Slack" (README > Many workspaces): the install page and Slack's redirect back, Bolt's paths.
                config.routes.get(OAuthFlow.INSTALL_PATH, oauth::installPage);
                config.routes.get(OAuthFlow.REDIRECT_PATH, oauth::redirect);
            }

            // Manager insights (README > Insights): the page, a CSV per table, sign-in with Slack, sign-out, monthly
            // DM.
            config.routes.get("/insights", insights::page);
            config.routes.get("/insights/csv/{table}", insights::csv);
            config.routes.get("/insights/login", insights.signIn()::login);
            config.routes.get("/insights/callback", insights.signIn()::callback);
            config.routes.post("/insights/logout", insights.signIn()::logout);
            config.routes.post("/insights/report", insights.signIn()::report);

            if (addOn != null) {
                addOn.routes(config.routes);
            }
        });
        String host = addOn == null ? null : addOn.host();
        return host == null ? server.start(port) : server.start(host, port);
    }
}
