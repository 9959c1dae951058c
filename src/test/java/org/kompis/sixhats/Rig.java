package org.kompis.sixhats;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kompis.Rituals;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** A running Kompis with six hats and a lesson sink that records, plus the steps the tests repeat. */
final class Rig implements AutoCloseable {
    /** The keywords a lesson's text lists under {@code hat} (its English name), in order; empty when none. */
    static List<String> underHat(NewLesson lesson, Hat hat) {
        String name = new Messages().get(Lang.EN, hat.nameKey()) + ":";
        for (String block : lesson.text().split("\n\n")) {
            List<String> lines = List.of(block.strip().split("\n"));
            if (lines.get(0).equals(name)) {
                return lines.subList(1, lines.size()).stream()
                        .map(l -> l.substring(2))
                        .toList();
            }
        }
        return List.of();
    }

    /** The hats a lesson's text lists keywords under, in the order it lists them. */
    static List<Hat> hatsIn(NewLesson lesson) {
        return lesson.text()
                .lines()
                .flatMap(line -> java.util.Arrays.stream(Hat.values())
                        .filter(h -> line.equals(new Messages().get(Lang.EN, h.nameKey()) + ":")))
                .toList();
    }

    static final List<String> SEVEN = List.of(
            TestApp.MANAGER, TestApp.ADMIN, TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA, TestApp.ASTRID);

    final TestApp app;
    final List<NewLesson> lessons;

    private Rig(TestApp app, List<NewLesson> lessons) {
        this.app = app;
        this.lessons = lessons;
    }

    static Rig start() {
        List<NewLesson> lessons = new CopyOnWriteArrayList<>();
        TestApp app = TestApp.start(
                "",
                Instant.parse("2026-11-20T09:00:00Z"),
                Map.of(),
                kit -> List.of(Rituals.commands(kit), Rituals.sixHats(kit, lessons::add)));
        return new Rig(app, lessons);
    }

    /** Runs {@code /sixhats topic} and returns the ts of the root message once the exercise knows it. */
    String launch(String user, String command, String text, String topic) {
        app.command(user, command, text);
        return rootTs(topic);
    }

    /** The root message of the newest exercise on {@code topic}, once it is posted. */
    String rootTs(String topic) {
        String[] ts = new String[1];
        eventually(() -> ts[0] = Sql.one(
                app.kit().jdbi(),
                "select message_ts from sixhats_exercises where topic = ? "
                        + "and message_ts is not null order by id desc limit 1",
                String.class,
                topic));
        return ts[0];
    }

    long id(String rootTs) {
        return Sql.one(app.kit().jdbi(), "select id from sixhats_exercises where message_ts = ?", Long.class, rootTs);
    }

    String status(long id) {
        return Sql.one(app.kit().jdbi(), "select status from sixhats_exercises where id = ?", String.class, id);
    }

    HttpResponse<String> click(String user, String rootTs, String actionId, String value) {
        HttpResponse<String> r = app.action(user, rootTs, actionId, value);
        settle();
        return r;
    }

    HttpResponse<String> write(String user, String metadata, String text) {
        HttpResponse<String> r = app.submit(
                user,
                SixHatsModals.WRITE,
                metadata,
                Payloads.values(SixHatsModals.KEYWORDS, SixHatsModals.KEYWORDS, Payloads.text(text)));
        settle();
        return r;
    }

    HttpResponse<String> conclude(String user, long id, String decide, String next) {
        JsonObject values = Payloads.values(
                SixHatsModals.DECIDE,
                SixHatsModals.DECIDE,
                Payloads.text(decide),
                SixHatsModals.NEXT,
                SixHatsModals.NEXT,
                Payloads.text(next));
        HttpResponse<String> r = app.submit(user, SixHatsModals.CONCLUSION, String.valueOf(id), values);
        settle();
        return r;
    }

    /** Posts in the thread of {@code rootTs}, in order. */
    List<Call> thread(String rootTs) {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> rootTs.equals(c.param("thread_ts")))
                .toList();
    }

    List<Call> ephemerals(String user) {
        return app.slack.calls("chat.postEphemeral").stream()
                .filter(c -> user.equals(c.param("user")))
                .toList();
    }

    /** The root message as first posted. */
    Call lastPost(String rootTs) {
        long id = id(rootTs);
        String topic = Sql.one(app.kit().jdbi(), "select topic from sixhats_exercises where id = ?", String.class, id);
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts") == null && read(c).contains(topic))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    /** The last redraw of the root message. */
    Call lastUpdate(String rootTs) {
        List<Call> updates = app.slack.calls("chat.update").stream()
                .filter(c -> rootTs.equals(c.param("ts")))
                .toList();
        return updates.get(updates.size() - 1);
    }

    /** Waits until the worker pool has nothing left to do: what a click set off has happened. */
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
    static String read(Call call) {
        return org.kompis.testing.Json.shown(call);
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
        if (!body.has("errors")) {
            return "";
        }
        return String.join(
                "\n",
                body.getAsJsonObject("errors").entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue().getAsString())
                        .toList());
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
