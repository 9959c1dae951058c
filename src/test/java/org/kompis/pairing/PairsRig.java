package org.kompis.pairing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kompis.Rituals;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** A running Kompis with learning pairs and a lesson hook that records, plus the steps the tests repeat. */
final class PairsRig implements AutoCloseable {
    static final List<String> FIVE = List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA, TestApp.ASTRID);
    static final List<String> SEVEN = List.of(
            TestApp.MANAGER, TestApp.ADMIN, TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA, TestApp.ASTRID);

    final TestApp app;
    final List<NewLesson> lessons;

    private PairsRig(TestApp app, List<NewLesson> lessons) {
        this.app = app;
        this.lessons = lessons;
    }

    static PairsRig start() {
        return start("");
    }

    static PairsRig start(String extraYaml) {
        List<NewLesson> lessons = new CopyOnWriteArrayList<>();
        TestApp app = TestApp.start(
                extraYaml,
                Instant.parse("2026-11-20T09:00:00Z"),
                kit -> List.of(Rituals.commands(kit), Rituals.pairs(kit, lessons::add)));
        return new PairsRig(app, lessons);
    }

    /** With every ritual as {@code Rituals.all()} wires them, so lessons reach the real library. */
    static PairsRig startWired() {
        return new PairsRig(TestApp.start(), new CopyOnWriteArrayList<>());
    }

    /** Runs a command in {@code channel} and returns what its ephemeral answer shows. */
    String run(String user, String channel, String text) {
        return shownReply(app.reply(app.command(user, channel, "/pairs", text)));
    }

    void join(String channel, List<String> people) {
        people.forEach(u -> run(u, channel, "join"));
    }

    /** A manager's {@code /pairs now}; returns the new round's id. */
    long now(String channel) {
        String reply = run(TestApp.MANAGER, channel, "now");
        if (!reply.contains("Runde")) {
            throw new AssertionError("no round: " + reply);
        }
        return Sql.one(app.kit().jdbi(), "select max(id) from pairs_rounds where channel_id = ?", Long.class, channel);
    }

    /** The groups of a round: group id to its members, sorted. */
    Map<Long, List<String>> groups(long roundId) {
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        app.kit()
                .jdbi()
                .useHandle(h -> h.createQuery("""
            select g.id, m.user_id from pairs_groups g join pairs_group_members m on m.group_id = g.id
            where g.round_id = :round order by g.group_no, m.user_id""")
                        .bind("round", roundId)
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                        .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(e.getValue())));
        return groups;
    }

    String dmOf(long groupId) {
        return Sql.one(app.kit().jdbi(), "select dm_channel_id from pairs_groups where id = ?", String.class, groupId);
    }

    List<Call> posts(String channel) {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")))
                .toList();
    }

    List<Call> ephemerals(String user) {
        return app.slack.calls("chat.postEphemeral").stream()
                .filter(c -> user.equals(c.param("user")))
                .toList();
    }

    /** Every unordered pair that met in the given groups. */
    static Set<Set<String>> pairs(Iterable<List<String>> groups) {
        Set<Set<String>> out = new HashSet<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    out.add(Set.of(g.get(i), g.get(j)));
                }
            }
        }
        return out;
    }

    HttpResponse<String> click(String user, String actionId, String value) {
        HttpResponse<String> r = app.action(user, "1700000000.000001", actionId, value);
        settle();
        return r;
    }

    HttpResponse<String> submit(String user, String callbackId, String metadata, JsonObject values) {
        HttpResponse<String> r = app.submit(user, callbackId, metadata, values);
        settle();
        return r;
    }

    /** Waits until the worker pool has nothing left to do. */
    void settle() {
        var pool = app.kit().workers();
        int quiet = 0;
        long deadline = System.currentTimeMillis() + 5000;
        while (quiet < 3 && System.currentTimeMillis() < deadline) {
            quiet = pool.idle() ? quiet + 1 : 0;
            sleep(15);
        }
    }

    /** What a person reads in a call: its text and every text in its blocks or view, JSON unescaped. */
    static String shown(Call call) {
        return org.kompis.testing.Json.shown(call);
    }

    static String shownReply(String json) {
        return org.kompis.testing.Json.text(json);
    }

    /** The errors a view submission was answered with, or "" when it was accepted. */
    static String errors(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Kompis answered " + response.statusCode() + ": " + response.body());
        }
        if (response.body() == null || response.body().isBlank()) {
            return "";
        }
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        return body.has("errors") ? body.getAsJsonObject("errors").toString() : "";
    }

    static void eventually(Runnable assertion) {
        org.kompis.testing.Eventually.eventually(assertion);
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
        app.close();
    }
}
