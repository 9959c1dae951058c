package org.kompis.bench;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kompis.Rituals;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.core.Config;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Signer;
import org.kompis.testing.TestApp;

/**
 * Acknowledgement latency: signed {@code /kompis help} commands at a fixed rate against Kompis, and against a bare
 * Bolt app with a no-op handler (the floor) in the same run. Open loop: latency counts from the planned send time,
 * so a stall cannot hide requests behind it.
 */
public final class AckBenchmark {
    static final String SECRET = "bench-secret";

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 20);
        try (FakeSlack slack = TestApp.people(new FakeSlack())) {
            // Slack answers in tens of milliseconds, not microseconds: an instant fake would turn the workers' waiting
            // into CPU work that no real deployment does, and measure that instead of the acks.
            slack.delay(java.time.Duration.ofMillis(Integer.getInteger("slackMillis", 30)));
            Path dir = Files.createTempDirectory("kompis-bench");
            Files.writeString(dir.resolve("kompis.yaml"), "default_language: en\n");
            Config config = ConfigLoader.load(Map.of(
                    "PORT",
                    "0",
                    "SLACK_BOT_TOKEN",
                    FakeSlack.BOT_TOKEN,
                    "SLACK_SIGNING_SECRET",
                    SECRET,
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "KOMPIS_DB_URL",
                    "jdbc:sqlite:" + dir.resolve("bench.db"),
                    "KOMPIS_CONFIG",
                    dir.resolve("kompis.yaml").toString()));
            Javalin bare = bareBolt(slack.apiUrl());
            try (Kompis kompis = Kompis.start(config, Clock.systemUTC(), true, Rituals::all)) {
                String kompisUrl = "http://127.0.0.1:" + kompis.port() + "/slack/events";
                String bareUrl = "http://127.0.0.1:" + bare.port() + "/slack/events";
                run(bareUrl, slack, rate, 3);
                run(kompisUrl, slack, rate, 3);
                Result floor = run(bareUrl, slack, rate, seconds);
                Result ours = run(kompisUrl, slack, rate, seconds);
                System.out.printf(
                        "%nAck latency, %d signed slash commands/s for %d s each (%d cores, %s)%n%n",
                        rate,
                        seconds,
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
                System.out.println("| app | requests | errors | p50 ms | p99 ms | max ms |");
                System.out.println("|---|---:|---:|---:|---:|---:|");
                System.out.println(floor.row("bare Bolt, no-op handler (floor)"));
                System.out.println(ours.row("Kompis (/kompis help)"));
                System.out.printf("%nKompis p99 / floor p99 = %.2f%n", ours.p(99) / Math.max(0.001, floor.p(99)));
            } finally {
                bare.stop();
            }
        }
    }

    record Result(List<Double> latencies, int errors) {
        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty()
                    ? 0
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        }

        String row(String name) {
            return String.format(
                    "| %s | %d | %d | %.1f | %.1f | %.1f |",
                    name, latencies.size() + errors, errors, p(50), p(99), p(100));
        }
    }

    static Result run(String url, FakeSlack slack, int rate, int seconds) throws Exception {
        return run(List.of(url), slack, rate, seconds);
    }

    /** Sends request {@code i} to {@code urls.get(i % n)}: round robin, as a load balancer in front of replicas. */
    static Result run(List<String> urls, FakeSlack slack, int rate, int seconds) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            return run(
                    urls,
                    slack,
                    rate,
                    seconds,
                    HttpClient.newBuilder().executor(senders).build());
        } finally {
            // Its threads are not daemons: left running, they keep the benchmark's JVM alive after its table.
            senders.shutdownNow();
        }
    }

    private static Result run(List<String> urls, FakeSlack slack, int rate, int seconds, HttpClient http)
            throws Exception {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inflight = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(
                () -> {
                    int i = sent.getAndIncrement();
                    if (i >= total) {
                        return;
                    }
                    long planned = start + i * periodNanos;
                    String body = Payloads.command(
                            "/kompis", "help", TestApp.EMMA, TestApp.CHANNEL, slack.responseUrl("bench"));
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    long ts = System.currentTimeMillis() / 1000;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size())))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                            .header("X-Slack-Signature", Signer.sign(SECRET, ts, bytes))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                            .build();
                    inflight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .whenComplete((r, e) -> {
                                if (e != null || r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                } else {
                                    latencies.add((System.nanoTime() - planned) / 1e6);
                                }
                            }));
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        ticker.shutdown();
        CompletableFuture.allOf(inflight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        slack.reset();
        return new Result(latencies, errors.get());
    }

    /** The floor: Bolt's own verification and parsing behind the same server, and a handler that only acks. */
    static Javalin bareBolt(String apiUrl) {
        com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        App app = new App(AppConfig.builder()
                .slack(com.slack.api.Slack.getInstance(slackConfig))
                .singleTeamBotToken(FakeSlack.BOT_TOKEN)
                .signingSecret(SECRET)
                .build());
        app.command("/kompis", (req, ctx) -> ctx.ack());
        SlackRequestParser parser = new SlackRequestParser(app.config());
        return Javalin.create(c -> {
                    c.startup.showJavalinBanner = false;
                    c.routes.post("/slack/events", ctx -> {
                        Map<String, List<String>> headers = new LinkedHashMap<>();
                        ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(), List.of(v)));
                        var response = app.run(parser.parse(SlackRequestParser.HttpRequest.builder()
                                .requestUri(ctx.path())
                                .queryString(ctx.queryParamMap())
                                .requestBody(ctx.body())
                                .headers(new RequestHeaders(headers))
                                .remoteAddress(ctx.ip())
                                .build()));
                        ctx.status(response.getStatusCode())
                                .result(response.getBody() == null ? "" : response.getBody());
                    });
                })
                .start(0);
    }
}
