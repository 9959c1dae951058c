package org.kompis.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page that plays the Slack client ({@code GET /}, its script and style), the state it long-polls, and the
 * actions it posts. Actions must be JSON: a form post from another web site cannot be JSON without a CORS
 * preflight, which this server never grants, so no other page can act here.
 */
public final class SandboxUi {
    private static final Logger log = LoggerFactory.getLogger(SandboxUi.class);
    private static final long LONG_POLL_MILLIS = 20_000;
    private final AtomicInteger polls = new AtomicInteger();
    /** The page's actions while Reset restarts Kompis; the page says it in the person's language. */
    static final String RESTARTING = "sandbox_restarting";

    private static final String CSP = "default-src 'self'; img-src 'self' data: https:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private final Sandbox sandbox;
    private final Sites sites;

    SandboxUi(Sandbox sandbox, Sites sites) {
        this.sandbox = sandbox;
        this.sites = sites;
    }

    public void page(Context ctx) throws IOException {
        resource(ctx, "index.html", "text/html; charset=utf-8");
    }

    public void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z][a-z-]*\\.(js|css)")) {
            ctx.status(404).result("not found");
            return;
        }
        resource(ctx, file, file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
    }

    /** The state for {@code as}; with {@code v}, waits until something changes after version v (long poll). */
    public void state(Context ctx) {
        String as = ctx.queryParam("as");
        if (sites.ofPerson(as) == null) {
            as = Demo.MANAGER;
        }
        Workspace ws = sites.ofPerson(as).ws();
        String seen = ctx.queryParam("v");
        polls.incrementAndGet();
        try {
            if (seen != null && seen.matches("\\d{1,18}") && !sandbox.restarting()) {
                ws.awaitChange(Long.parseLong(seen), LONG_POLL_MILLIS);
            }
            if (sandbox.restarting()) {
                // The page shows it is reconnecting and asks again in a moment.
                ctx.status(503)
                        .contentType("application/json")
                        .result(Json.obj("ok", false, "error", RESTARTING).toString());
                return;
            }
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/json").result(sandbox.state(as).toString());
        } catch (InterruptedException stopping) {
            // The server is stopping: the page asks again once it is back, so there is nothing to log.
            Thread.currentThread().interrupt();
            ctx.status(503);
        } finally {
            polls.decrementAndGet();
        }
    }

    /** Waits (at most {@code most}) until no long poll is being answered: Reset stops the server after that. */
    void awaitPollsAnswered(Duration most) {
        long deadline = System.nanoTime() + most.toNanos();
        while (polls.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
    }

    public void command(Context ctx) {
        act(ctx, b -> actions(b).command(str(b, "as"), str(b, "channel"), str(b, "text")));
    }

    public void message(Context ctx) {
        act(ctx, b -> actions(b).message(str(b, "as"), str(b, "channel"), Json.str(b, "threadTs"), str(b, "text")));
    }

    public void action(Context ctx) {
        act(
                ctx,
                b -> "view".equals(Json.str(b, "container"))
                        ? actions(b)
                                .viewAction(
                                        str(b, "as"),
                                        str(b, "viewId"),
                                        str(b, "blockId"),
                                        str(b, "actionId"),
                                        b.get("value"),
                                        Json.child(b, "values"))
                        : actions(b)
                                .messageAction(
                                        str(b, "as"),
                                        str(b, "channel"),
                                        str(b, "ts"),
                                        str(b, "blockId"),
                                        str(b, "actionId"),
                                        b.get("value")));
    }

    public void submit(Context ctx) {
        act(ctx, b -> actions(b).submit(str(b, "as"), str(b, "viewId"), Json.child(b, "values")));
    }

    public void close(Context ctx) {
        act(ctx, b -> actions(b).close(str(b, "as"), str(b, "viewId"), Json.child(b, "values")));
    }

    public void open(Context ctx) {
        act(ctx, b -> actions(b).opened(str(b, "as"), "messages".equals(str(b, "tab")) ? "messages" : "home"));
    }

    public void join(Context ctx) {
        act(ctx, b -> actions(b).join(str(b, "as"), str(b, "channel")));
    }

    public void timeTravel(Context ctx) {
        if (isJson(ctx)) {
            var fired = sandbox.runNext();
            JsonElement ran =
                    fired.<JsonElement>map(f -> new JsonPrimitive(f.job())).orElse(JsonNull.INSTANCE);
            JsonElement at = fired.<JsonElement>map(f -> new JsonPrimitive(f.at().toEpochMilli()))
                    .orElse(JsonNull.INSTANCE);
            ctx.contentType("application/json")
                    .result(Json.obj(
                                    "ok",
                                    true,
                                    "ran",
                                    ran,
                                    "plannedFor",
                                    at,
                                    "now",
                                    sandbox.clock().millis())
                            .toString());
        }
    }

    /** Answers first, then restarts Kompis: the server this request came through stops during the reset. */
    public void reset(Context ctx) {
        if (isJson(ctx)) {
            sandbox.restartSoon();
            ctx.status(202)
                    .contentType("application/json")
                    .result(Json.obj("ok", true, "resetting", true).toString());
            Thread t = new Thread(
                    () -> {
                        try {
                            Thread.sleep(300);
                            sandbox.reset();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            log.error("The sandbox could not start over", e);
                        }
                    },
                    "sandbox-reset");
            t.start();
        }
    }

    private void act(Context ctx, Function<JsonObject, String> action) {
        if (!isJson(ctx)) {
            return;
        }
        if (sandbox.restarting()) {
            ctx.status(503)
                    .contentType("application/json")
                    .result(Json.obj("ok", false, "error", RESTARTING).toString());
            return;
        }
        try {
            JsonElement body = Json.parse(ctx.body(), "invalid_json");
            if (!body.isJsonObject()) {
                throw new IllegalArgumentException("Expected a JSON object");
            }
            String problem = action.apply(body.getAsJsonObject());
            ctx.contentType("application/json")
                    .result(Json.obj("ok", problem == null, "error", problem).toString());
        } catch (IllegalArgumentException | SlackError e) {
            String why = e instanceof SlackError s ? s.error() : e.getMessage();
            ctx.status(400)
                    .contentType("application/json")
                    .result(Json.obj("ok", false, "error", why).toString());
        }
    }

    /** The page's actions in the workspace of the person acting ({@code as}): ids never repeat across workspaces. */
    private PageActions actions(JsonObject body) {
        Site site = sites.ofPerson(str(body, "as"));
        if (site == null) {
            throw new IllegalArgumentException("No demo person " + str(body, "as"));
        }
        return site.actions();
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json")) {
            return true;
        }
        ctx.status(415).result("send JSON");
        return false;
    }

    private static String str(JsonObject o, String key) {
        String v = Json.str(o, key);
        if (v == null) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return v;
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = SandboxUi.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                ctx.status(404).result("not found");
                return;
            }
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
