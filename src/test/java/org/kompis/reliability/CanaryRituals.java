package org.kompis.reliability;

import org.kompis.testing.Faults;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Run in its own JVM by {@link LogPrivacyTest}, with DEBUG logging: every ritual is used with a canary text, once
 * with a database that refuses writes (so statement errors are logged) and with requests Bolt cannot read.
 */
public final class CanaryRituals {
    static final String CANARY = "SECRET-REFLECTION-CANARY";

    private CanaryRituals() {}

    public static void main(String[] args) {
        org.slf4j.LoggerFactory.getLogger(CanaryRituals.class).debug("Running every ritual at DEBUG");
        try (TestApp app = TestApp.start()) {
            app.reply(app.command(TestApp.KARI, "/reflect", "now"));
            long prompt = Eventual.value(() -> Sql.one(
                    app.kit().jdbi(),
                    "select max(id) from reflection_prompts where message_ts is not null",
                    Long.class));
            app.submit(
                    TestApp.KARI,
                    "reflect_answer",
                    prompt + "|nb",
                    Payloads.values(
                            "answer",
                            "text",
                            Payloads.text(CANARY + " reflection"),
                            "share",
                            "share",
                            Payloads.options("share"),
                            "tags",
                            "tags",
                            Payloads.text(CANARY)));
            app.command(TestApp.MANAGER, "/aar", CANARY + " review");
            long review = Eventual.value(() -> Sql.one(
                    app.kit().jdbi(), "select max(id) from aar_reviews where message_ts is not null", Long.class));
            app.submit(
                    TestApp.SVEN,
                    "aar_answer_modal",
                    String.valueOf(review),
                    Payloads.values("q_expected", "text", Payloads.text(CANARY + " expected")));
            app.submit(
                    TestApp.EMMA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values("text", "text", Payloads.text(CANARY + " lesson")));
            app.command(TestApp.OLA, "/lessons", CANARY);
            app.command(TestApp.KARI, "/sixhats", CANARY + " change");
            app.command(TestApp.KARI, "/pairs", "join");
            app.reply(app.command(TestApp.SVEN, "/kompis", "help " + CANARY));

            Faults.refuseWrites(app.kit().jdbi());
            app.submit(
                    TestApp.KARI,
                    "reflect_answer",
                    prompt + "|nb",
                    Payloads.values("answer", "text", Payloads.text(CANARY + " refused")));
            app.submit(
                    TestApp.EMMA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values("text", "text", Payloads.text(CANARY + " refused lesson")));
            app.command(TestApp.OLA, "/pairs", "join");
            sleep(1000);
            Faults.allowWrites(app.kit().jdbi());

            app.signedPost("payload=%7B%22type%22%3A%22" + CANARY + "%22%7D", "application/x-www-form-urlencoded");
            app.signedPost("payload=" + CANARY, "application/x-www-form-urlencoded");
            app.signedPost("{\"type\":\"" + CANARY + "\"}", "application/json");
            sleep(500);
        }
        System.exit(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
