package org.kompis.testing;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-process stand-in for Slack's Web API: records every call, answers in Slack's shapes, and can be told to
 * answer 429 with Retry-After, 500, an error code, or slowly. It also receives response_url posts and serves a
 * Socket Mode websocket.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0KOMPIS";
    public static final String BOT_TOKEN = "xoxb-test-token";

    /** One recorded call: the method and its parameters (form fields or top-level JSON fields, as strings). */
    public record Call(String method, Map<String, String> params, String token) {
        public String param(String name) {
            return params.get(name);
        }

        /** Everything the call carried, for "contains" assertions on text and blocks. */
        public String all() {
            return String.join("\n", params.values());
        }
    }

    private record Failure(int status, String error, long retryAfter, long delayMs) {}

    private final Javalin server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, Function<Call, Object>> handlers = new ConcurrentHashMap<>();
    private final Map<String, double[]> caps = new ConcurrentHashMap<>();
    private final Map<String, Double> eachCaps = new ConcurrentHashMap<>();
    private final Map<String, double[]> eachBuckets = new ConcurrentHashMap<>();
    private final Map<String, Long> refusing = new ConcurrentHashMap<>();
    private final Map<String, Long> slowTokens = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final Map<String, List<String>> channelMembers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
    private final Set<String> privateChannels = ConcurrentHashMap.newKeySet();
    private final Set<String> sharedChannels = ConcurrentHashMap.newKeySet();
    private final List<String> socketMessages = new CopyOnWriteArrayList<>();
    private final List<WsContext> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_100L);
    private final AtomicLong ids = new AtomicLong();
    private final Gson gson = new Gson();
    private final FakeSignIn signIn = new FakeSignIn();
    private volatile long delayMs;
    private final Chaos chaos = Chaos.fromSystemProperty();
    private volatile int pageSize = Integer.MAX_VALUE;

    public FakeSlack() {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.post("/api/{method}", this::api);
                    config.routes.get("/openid/connect/authorize", signIn::authorize);
                    config.routes.post("/respond/{id}", ctx -> {
                        calls.add(
                                new Call("response_url", Map.of("id", ctx.pathParam("id"), "body", ctx.body()), null));
                        ctx.result("ok");
                    });
                    config.routes.post("/upload/{id}", ctx -> {
                        calls.add(new Call("file_upload", Map.of("id", ctx.pathParam("id"), "body", ctx.body()), null));
                        ctx.result("OK - " + ctx.bodyAsBytes().length);
                    });
                    config.routes.ws("/link", ws -> {
                        ws.onConnect(ctx -> {
                            sockets.add(ctx);
                            ctx.send(
                                    "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A1\"}}");
                        });
                        ws.onMessage(ctx -> socketMessages.add(ctx.message()));
                        ws.onClose(ctx -> sockets.remove(ctx));
                    });
                })
                .start(0);
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/respond/" + id;
    }

    public FakeSlack user(String id, String name, String locale, boolean admin) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("team_id", TEAM);
        user.put("name", name.toLowerCase().replace(' ', '.'));
        user.put("real_name", name);
        user.put("locale", locale);
        user.put("tz", locale.startsWith("sv") ? "Europe/Stockholm" : "Europe/Oslo");
        user.put("is_admin", admin);
        user.put("is_owner", false);
        user.put("is_bot", false);
        user.put("profile", Map.of("display_name", name, "real_name", name));
        users.put(id, user);
        return this;
    }

    /** These people's home workspace is {@code team} (users.info's {@code team_id}; {@link #TEAM} unless told). */
    public FakeSlack homeTeam(String team, String... userIds) {
        for (String id : userIds) {
            users.get(id).put("team_id", team);
        }
        return this;
    }

    /** These people are Enterprise Grid users of org {@code enterprise}: one id in all of its workspaces. */
    public FakeSlack orgUsers(String enterprise, String... userIds) {
        for (String id : userIds) {
            users.get(id).put("enterprise_user", Map.of("id", id, "enterprise_id", enterprise, "teams", List.of()));
        }
        return this;
    }

    public FakeSlack channel(String id, String... members) {
        channelMembers.put(id, List.of(members));
        return this;
    }

    /** A private channel with these members; also turns an existing public channel private. */
    public FakeSlack privateChannel(String id, String... members) {
        channelMembers.put(id, List.of(members));
        privateChannels.add(id);
        return this;
    }

    /** A multi-channel guest ({@code is_restricted}); the user keeps the rest of their profile. */
    public FakeSlack guest(String id) {
        users.get(id).put("is_restricted", true);
        return this;
    }

    /** A channel shared with another organisation through Slack Connect ({@code is_ext_shared}). */
    public FakeSlack externallyShared(String id, String... members) {
        channelMembers.put(id, List.of(members));
        sharedChannels.add(id);
        return this;
    }

    /** Slack's sign-in page signs the next browser in as {@code userId} (null: the person cancels). */
    public FakeSlack signInAs(String userId) {
        signIn.as(userId);
        return this;
    }

    /** users.conversations answers at most this many channels per page (Slack pages with a cursor). */
    public FakeSlack pageSize(int n) {
        this.pageSize = n;
        return this;
    }

    public FakeSlack userGroup(String handle, String... members) {
        userGroups.put(handle, List.of(members));
        return this;
    }

    /** The next {@code times} calls of {@code method} answer HTTP {@code status} (429 carries Retry-After). */
    public FakeSlack failNext(String method, int status, long retryAfterSeconds, int times) {
        for (int i = 0; i < times; i++) {
            failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
                    .add(new Failure(status, null, retryAfterSeconds, 0));
        }
        return this;
    }

    /** The next {@code times} calls of {@code method} asking for the page at {@code cursor} answer HTTP {@code status}. */
    public FakeSlack failPage(String method, String cursor, int status, int times) {
        return failNext(method + "#" + cursor, status, 0, times);
    }

    /** The next call of {@code method} answers {@code ok:false} with {@code error}. */
    public FakeSlack errorNext(String method, String error) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Failure(200, error, 0, 0));
        return this;
    }

    /**
     * A workspace cap Kompis is not told: more than {@code perSecond} calls of {@code method} in a second (a bucket
     * holding one second's worth) answer 429 with Retry-After 1, and are not recorded as calls.
     */
    public FakeSlack cap(String method, double perSecond) {
        caps.put(method, new double[] {perSecond, perSecond, System.nanoTime()});
        return this;
    }

    /** Like {@link #cap}, but one bucket per token: each workspace has its own cap, as Slack's are. */
    public FakeSlack capEach(String method, double perSecond) {
        eachCaps.put(method, perSecond);
        return this;
    }

    /** Every call with {@code token} answers 429 (Retry-After 1) for {@code howLong}: a workspace Slack is refusing. */
    public FakeSlack refuse(String token, Duration howLong) {
        refusing.put(token, System.nanoTime() + howLong.toNanos());
        return this;
    }

    /** Every call with {@code token} is recorded, then answered after {@code d}: one workspace's slow Slack. */
    public FakeSlack slow(String token, Duration d) {
        slowTokens.put(token, d.toMillis());
        return this;
    }

    /** How many calls a {@link #cap} refused. */
    public int refused() {
        return refused.get();
    }

    private boolean overCap(String method, String token) {
        Long until = token == null ? null : refusing.get(token);
        if (until != null && until - System.nanoTime() > 0) {
            return true;
        }
        Double each = eachCaps.get(method);
        if (each != null
                && overCap(eachBuckets.computeIfAbsent(
                        method + " " + token, k -> new double[] {each, each, System.nanoTime()}))) {
            return true;
        }
        return overCap(caps.get(method));
    }

    private static boolean overCap(double[] bucket) {
        if (bucket == null) {
            return false;
        }
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket[1] = Math.min(bucket[0], bucket[1] + (now - bucket[2]) / 1e9 * bucket[0]);
            bucket[2] = now;
            if (bucket[1] < 1) {
                return true;
            }
            bucket[1] -= 1;
            return false;
        }
    }

    /** Every call waits this long before answering, as a slow Slack would. */
    public FakeSlack delay(Duration d) {
        this.delayMs = d.toMillis();
        return this;
    }

    /** Answers {@code method} with what {@code handler} returns (a Map or record, serialised as JSON). */
    public FakeSlack on(String method, Function<Call, Object> handler) {
        handlers.put(method, handler);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public void reset() {
        calls.clear();
    }

    /** Waits until a call of {@code method} matching {@code test} has arrived, or fails after 5 s. */
    public Call await(String method, Predicate<Call> test) {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            for (Call c : calls) {
                if (c.method().equals(method) && test.test(c)) {
                    return c;
                }
            }
            sleep(10);
        }
        throw new AssertionError("no " + method + " call matching the test arrived in 5 s; calls were: "
                + calls.stream().map(Call::method).toList());
    }

    public Call await(String method) {
        return await(method, c -> true);
    }

    /** Sends a Socket Mode envelope to every connected client. */
    public void socketSend(String json) {
        sockets.forEach(s -> s.send(json));
    }

    /** Closes every Socket Mode connection from Slack's side, as a deploy or a network fault at Slack would. */
    public void dropSockets() {
        sockets.forEach(s -> s.closeSession());
    }

    public int socketClients() {
        return sockets.size();
    }

    public List<String> socketMessages() {
        return List.copyOf(socketMessages);
    }

    private void api(Context ctx) {
        String method = ctx.pathParam("method");
        String auth = ctx.header("Authorization");
        if (overCap(method, auth == null ? null : auth.replaceFirst("^Bearer ", ""))) {
            refused.incrementAndGet();
            ctx.header("Retry-After", "1");
            ctx.status(429).contentType("application/json").result("{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Call call = new Call(method, params(ctx), ctx.header("Authorization"));
        Failure failure = call.param("cursor") == null
                ? null
                : failures.getOrDefault(method + "#" + call.param("cursor"), new ConcurrentLinkedQueue<>())
                        .poll();
        if (failure == null) {
            failure =
                    failures.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
        }
        Chaos.Fault fault = failure == null && chaos != null ? chaos.next(method) : Chaos.Fault.NONE;
        if (fault == Chaos.Fault.RATE_LIMITED) {
            ctx.status(429)
                    .header("Retry-After", "1")
                    .contentType("application/json")
                    .result("{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        calls.add(call);
        Long slowMs = auth == null ? null : slowTokens.get(auth.replaceFirst("^Bearer ", ""));
        if (slowMs != null) {
            sleep(slowMs);
        }
        if (delayMs > 0 || fault == Chaos.Fault.SLOW) {
            sleep(Math.max(delayMs, fault == Chaos.Fault.SLOW ? Chaos.SLOW_MS : 0));
        }
        if (fault == Chaos.Fault.SERVER_ERROR) {
            failure = new Failure(500, null, 0, 0);
        }
        if (failure != null && failure.error() == null) {
            if (failure.status() == 429) {
                ctx.header("Retry-After", String.valueOf(failure.retryAfter()));
            }
            ctx.status(failure.status())
                    .contentType("application/json")
                    .result("{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Object answer = failure != null
                ? Map.of("ok", false, "error", failure.error())
                : handlers.containsKey(method) ? handlers.get(method).apply(call) : answer(call);
        ctx.contentType("application/json").result(gson.toJson(answer));
    }

    private Object answer(Call call) {
        String channel = call.param("channel");
        return switch (call.method()) {
            case "auth.test" ->
                Map.of(
                        "ok",
                        true,
                        "team_id",
                        TEAM,
                        "team",
                        "Kompis test",
                        "user_id",
                        "UBOT",
                        "bot_id",
                        "BBOT",
                        "url",
                        "https://kompis-test.slack.com/");
            case "chat.postMessage" ->
                Map.of(
                        "ok",
                        true,
                        "channel",
                        channel,
                        "ts",
                        nextTs(),
                        "message",
                        Map.of("text", String.valueOf(call.param("text"))));
            case "chat.update" -> Map.of("ok", true, "channel", channel, "ts", String.valueOf(call.param("ts")));
            case "chat.postEphemeral" -> Map.of("ok", true, "message_ts", nextTs());
            case "chat.getPermalink" ->
                Map.of(
                        "ok",
                        true,
                        "channel",
                        channel,
                        "permalink",
                        "https://kompis-test.slack.com/archives/" + channel + "/p"
                                + String.valueOf(call.param("message_ts")).replace(".", ""));
            case "views.open", "views.push", "views.update", "views.publish" ->
                Map.of("ok", true, "view", Map.of("id", "V" + ids.incrementAndGet()));
            case "conversations.open" ->
                Map.of(
                        "ok",
                        true,
                        "channel",
                        Map.of(
                                "id",
                                "G"
                                        + Math.abs(String.valueOf(call.param("users"))
                                                .hashCode())));
            case "conversations.members" ->
                Map.of(
                        "ok",
                        true,
                        "members",
                        channelMembers.getOrDefault(channel, List.of()),
                        "response_metadata",
                        Map.of("next_cursor", ""));
            case "users.conversations" -> userConversations(call);
            case "conversations.info" ->
                channelMembers.containsKey(channel)
                        ? Map.of("ok", true, "channel", conversation(channel))
                        : Map.of("ok", false, "error", "channel_not_found");
            case "users.info" ->
                users.containsKey(call.param("user"))
                        ? Map.of("ok", true, "user", users.get(call.param("user")))
                        : Map.of("ok", false, "error", "user_not_found");
            case "usergroups.list" ->
                Map.of(
                        "ok",
                        true,
                        "usergroups",
                        userGroups.keySet().stream()
                                .map(h -> Map.of("id", "S" + h, "handle", h, "name", h))
                                .toList());
            case "usergroups.users.list" ->
                Map.of(
                        "ok",
                        true,
                        "users",
                        userGroups.getOrDefault(
                                String.valueOf(call.param("usergroup")).substring(1), List.of()));
            case "files.getUploadURLExternal" ->
                Map.of(
                        "ok",
                        true,
                        "upload_url",
                        "http://127.0.0.1:" + server.port() + "/upload/F" + ids.incrementAndGet(),
                        "file_id",
                        "F" + ids.get());
            case "files.completeUploadExternal" ->
                Map.of("ok", true, "files", List.of(Map.of("id", "F" + ids.get(), "title", "file")));
            case "openid.connect.token" -> signIn.token(call);
            case "openid.connect.userInfo" -> signIn.userInfo(call);
            case "apps.connections.open" -> Map.of("ok", true, "url", "ws://127.0.0.1:" + server.port() + "/link");
            default -> Map.of("ok", true);
        };
    }

    private Object userConversations(Call call) {
        String user = call.param("user");
        List<Map<String, Object>> all = channelMembers.entrySet().stream()
                .filter(e -> e.getValue().contains(user))
                .map(Map.Entry::getKey)
                .sorted()
                .map(this::conversation)
                .toList();
        int from = call.param("cursor") == null || call.param("cursor").isBlank()
                ? 0
                : Integer.parseInt(call.param("cursor"));
        int to = Math.min(all.size(), from + pageSize);
        return Map.of(
                "ok",
                true,
                "channels",
                all.subList(from, to),
                "response_metadata",
                Map.of("next_cursor", to < all.size() ? String.valueOf(to) : ""));
    }

    private Map<String, Object> conversation(String id) {
        boolean isPrivate = privateChannels.contains(id);
        return Map.of(
                "id",
                id,
                "name",
                id.toLowerCase(),
                "is_channel",
                !isPrivate,
                "is_group",
                isPrivate,
                "is_private",
                isPrivate,
                "is_archived",
                false,
                "is_ext_shared",
                sharedChannels.contains(id));
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private static Map<String, String> params(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        String body = ctx.body();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json") && body.startsWith("{")) {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            json.entrySet()
                    .forEach(e -> out.put(
                            e.getKey(),
                            e.getValue().isJsonPrimitive()
                                    ? e.getValue().getAsString()
                                    : e.getValue().toString()));
        } else if (!type.startsWith("multipart")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        out.putAll(new LinkedHashMap<>(Map.copyOf(ctx.queryParamMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue()))))));
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
