package org.kompis.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: verifies the signature on the raw bytes, then hands the request to Bolt. There is
 * no Bolt adapter for Javalin, so this is the small bridge (the same shape as Bolt's Micronaut adapter).
 */
public final class SlackEndpoint implements Handler {
    public static final int MAX_BODY_BYTES = 1_048_576;
    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

    private final App app;
    private final RequestVerifier verifier;
    private final SlackRequestParser parser;
    private final Replays replays;

    public SlackEndpoint(App app, RequestVerifier verifier, Replays replays) {
        this.app = app;
        this.verifier = verifier;
        this.replays = replays;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(Context ctx) {
        Timer.Sample sample = Timer.start();
        try {
            handleTimed(ctx);
        } finally {
            // The ack latency Slack sees, less the network: from the request read to the answer.
            sample.stop(Timer.builder("kompis.slack.requests")
                    .tag("status", String.valueOf(ctx.statusCode()))
                    .publishPercentileHistogram()
                    .register(Metrics.globalRegistry));
        }
    }

    private void handleTimed(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            ctx.status(413).result("request body too large");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            ctx.status(413).result("request body too large");
            return;
        }
        RequestVerifier.Result check =
                verifier.verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body);
        if (check != RequestVerifier.Result.OK) {
            // Nothing of a refused request reaches the logs at INFO: a flood of forged requests must not fill the disk.
            log.debug("Rejected a request to /slack/events: {}", check);
            ctx.status(401).result("invalid request signature");
            return;
        }
        // Commands and clicks (form bodies); an event's own event_id already makes a repeat of it harmless.
        if (replays != null
                && !json(ctx.contentType())
                && !replays.firstTime(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body)) {
            log.info("A signed request arrived a second time within its 5 minutes; acknowledged, not run again");
            ctx.status(200).result("");
            return;
        }
        Response response = run(ctx, new String(body, StandardCharsets.UTF_8));
        ctx.status(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    private static boolean json(String contentType) {
        return contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private Response run(Context ctx, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(), List.of(value)));
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .requestBody(body)
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException e) {
            // Signed but not a payload Bolt can read: a 400 with no stack trace, and nothing of the body in the log.
            log.info("A signed request could not be read ({})", e.getClass().getSimpleName());
            request = null;
        }
        if (request == null) {
            return Response.builder()
                    .statusCode(400)
                    .body("unrecognised Slack request")
                    .build();
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            // A 5xx makes Slack retry the same failing request; log the cause and acknowledge instead.
            log.error("A Slack request failed inside Kompis", e);
            return Response.ok();
        }
    }
}
