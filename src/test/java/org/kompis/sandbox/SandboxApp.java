package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kompis.Rituals;
import org.kompis.core.Ritual;
import org.kompis.testing.Http;

/** A sandbox on a random port and a temporary folder, and the page's calls, for tests. */
final class SandboxApp implements AutoCloseable {
    static final String INGRID = "U0INGRID";
    static final String KARI = "U0KARI";
    static final String OLA = "U0OLA";
    static final String SVEN = "U0SVEN";
    static final String ASTRID = "U0ASTRID";
    static final String GENERAL = "C0GENERAL";

    final Sandbox sandbox;
    final Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private SandboxApp(Sandbox sandbox, Path dir) {
        this.sandbox = sandbox;
        this.dir = dir;
    }

    /** The shipped rituals and the test probe, on a fresh folder. */
    static SandboxApp start() {
        try {
            return start(Files.createTempDirectory("kompis-sandbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On {@code dir}: a second start on the same folder finds the same sandbox. */
    static SandboxApp start(Path dir) {
        List<Ritual> rituals = new ArrayList<>(Rituals.all());
        rituals.add(new ProbeRitual());
        Sandbox sandbox = Sandbox.start(
                Map.of(
                        "PORT",
                        "0",
                        "KOMPIS_DB_URL",
                        "jdbc:sqlite:" + dir.resolve("sandbox.db"),
                        "KOMPIS_CONFIG",
                        "config/kompis.yaml"),
                rituals);
        return new SandboxApp(sandbox, dir);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    String url(String path) {
        return "http://127.0.0.1:" + sandbox.port() + path;
    }

    /** A page action: {@code keyValues} become the JSON body; the answer's JSON comes back. */
    JsonObject post(String path, Object... keyValues) {
        return JsonParser.parseString(send(path, Json.obj(keyValues).toString(), "application/json")
                        .body())
                .getAsJsonObject();
    }

    HttpResponse<String> send(String path, String body, String contentType) {
        return exchange(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    JsonObject state(String as) {
        return JsonParser.parseString(get("/sandbox/ui/state?as=" + as).body()).getAsJsonObject();
    }

    /** Waits (up to 20 s: a loaded machine is slow, a broken one still fails) for what {@code as} sees to pass. */
    JsonObject await(String as, Predicate<JsonObject> test) {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonObject s = state(as);
        while (!test.test(s)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The state never got there; last state for " + as + ":\n" + s);
            }
            sleep(25);
            s = state(as);
        }
        return s;
    }

    /** Types {@code text} (a slash command) in {@code channel} as {@code as}. */
    void command(String as, String channel, String text) {
        JsonObject r = post("/sandbox/ui/command", "as", as, "channel", channel, "text", text);
        if (!r.get("ok").getAsBoolean()) {
            throw new AssertionError(text + " was refused: " + r);
        }
    }

    /** Waits for the latest message {@code as} sees that shows {@code text} and has the button {@code actionId}, and clicks it. */
    void click(String as, String text, String actionId) {
        String quoted = "\"action_id\":\"" + actionId + "\"";
        Predicate<JsonObject> wanted =
                m -> m.toString().contains(text) && m.toString().contains(quoted);
        JsonObject message = messages(await(as, s -> messages(s).stream().anyMatch(wanted))).stream()
                .filter(wanted)
                .reduce((a, b) -> b)
                .orElseThrow();
        String block = null;
        for (JsonElement b : message.getAsJsonArray("blocks")) {
            if (b.toString().contains(quoted)) {
                block = b.getAsJsonObject().get("block_id").getAsString();
            }
        }
        post(
                "/sandbox/ui/action",
                "as",
                as,
                "container",
                "message",
                "channel",
                message.get("channel").getAsString(),
                "ts",
                message.get("ts").getAsString(),
                "blockId",
                block,
                "actionId",
                actionId);
    }

    /** Waits until {@code as} sees the modal {@code callbackId}, and returns its view. */
    JsonObject modal(String as, String callbackId) {
        return await(
                        as,
                        s -> s.has("modal")
                                && s.getAsJsonObject("modal")
                                        .getAsJsonObject("view")
                                        .get("callback_id")
                                        .getAsString()
                                        .equals(callbackId))
                .getAsJsonObject("modal")
                .getAsJsonObject("view");
    }

    /** Submits the modal {@code callbackId} with {@code values} ({@code {blockId: {actionId: value}}}, as the page collects them). */
    void submit(String as, String callbackId, JsonObject values) {
        post(
                "/sandbox/ui/submit",
                "as",
                as,
                "viewId",
                modal(as, callbackId).get("id").getAsString(),
                "values",
                values);
    }

    /** The messages {@code as} sees, with "text" and "blocks" as one searchable string each. */
    static List<JsonObject> messages(JsonObject state) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : state.getAsJsonArray("messages")) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    static boolean shows(JsonObject state, String text) {
        return messages(state).stream().anyMatch(m -> m.toString().contains(text));
    }

    static JsonObject last(JsonObject state) {
        JsonArray all = state.getAsJsonArray("messages");
        return all.get(all.size() - 1).getAsJsonObject();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        return Http.send(http, request);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
