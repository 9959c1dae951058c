package org.kompis.delivery;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Replica;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;

/**
 * The outbox's sender alone in its own JVM, over a database file, against a fake Slack: what the crash test and the
 * fan-out benchmark kill with SIGKILL half-way and start again. Run: {@code SenderProcess <db url> <api url> <rate>}.
 */
public final class SenderProcess {
    public static final String KIND = "fanout.prompt";

    private SenderProcess() {}

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(args[0])) {
            // A replica that checks in, so that on PostgreSQL the others can tell when it was killed.
            Replica replica = new Replica(db.jdbi());
            replica.start();
            Outbox outbox = outbox(db.jdbi(), args[1], Double.parseDouble(args[2]), replica);
            outbox.start();
            while (Sql.count(db.jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") > 0) {
                Thread.sleep(50);
            }
            outbox.close();
        }
        System.exit(0);
    }

    /** Starts a child JVM running {@link #main} with this JVM's classpath; its output goes to {@code log}. */
    public static Process spawn(String dbUrl, String apiUrl, double rate, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Dfile.encoding=UTF-8",
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SenderProcess.class.getName(),
                        dbUrl,
                        apiUrl,
                        String.valueOf(rate))
                .redirectErrorStream(true)
                .redirectOutput(new File(log.toString()))
                .start();
    }

    public static Outbox outbox(Jdbi jdbi, String apiUrl, double rate) {
        return outbox(jdbi, apiUrl, rate, new Replica(jdbi));
    }

    public static Outbox outbox(Jdbi jdbi, String apiUrl, double rate, Replica replica) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        SlackGateway gateway = new SlackGateway(Slack.getInstance(config), t -> FakeSlack.BOT_TOKEN);
        Outbox outbox = new Outbox(jdbi, gateway, Clock.systemUTC(), rate, replica);
        outbox.register(KIND, Delivery.rendering(row -> prompt(row.ref())));
        return outbox;
    }

    /** About the size of a real reflection prompt: a question, a why-line, an Answer button and a counter. */
    private static Message prompt(String ref) {
        String question = "What did you learn this week just by doing your job? One small thing is enough.";
        return new Message(
                question,
                List.of(
                        Blocks.header("Time to reflect"),
                        Blocks.section("*" + question + "*"),
                        Blocks.context("*Learning on the job*: Most of what we learn, we learn in daily work."),
                        Blocks.actions("reflect", Blocks.primary("reflect_answer", "Answer", ref)),
                        Blocks.context("No answers yet  ·  A few minutes is enough, and you can answer anonymously.")));
    }

    /** One run's posts to {@code channels} channels named C00000, C00001...; one transaction. */
    public static void enqueue(Jdbi jdbi, String runKey, int channels) {
        long now = System.currentTimeMillis();
        jdbi.useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            for (int i = 0; i < channels; i++) {
                store.insert(new Post(FakeSlack.TEAM, runKey, channel(i), null, KIND, String.valueOf(i)), now);
            }
        });
    }

    public static String channel(int i) {
        return String.format("C%05d", i);
    }
}
