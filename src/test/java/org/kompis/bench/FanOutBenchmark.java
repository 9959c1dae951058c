package org.kompis.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.LayoutBlock;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxStore;
import org.kompis.delivery.Post;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;

/**
 * A weekly prompt fanned out to 5,000 channels through the real outbox and sender, over a real SQLite file, against
 * the fake Slack API with a per-workspace cap of 200 messages a second. Run 1 drains in this process; run 2 drains
 * in a child JVM that is killed with SIGKILL half-way and restarted on the same database. Not a test: run with
 * {@code mvn -B -o -Pbench verify -Dbench.main=org.kompis.bench.FanOutBenchmark}.
 */
public final class FanOutBenchmark {
  private static final int CHANNELS = 5000;
  private static final double RATE = 200;
  private static final String KIND = "bench.prompt";
  private static final String TEAM = FakeSlack.TEAM;

  private FanOutBenchmark() {}

  private record Result(String name, double seconds, int posted, int lost, int duplicates, String note) {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1], args[2]);
      return;
    }
    Result straight = straight();
    Result crash = crash();
    double floor = CHANNELS / RATE;
    System.out.println();
    System.out.printf("Fan-out of one prompt to %,d channels, per-workspace cap %.0f msg/s (floor %.0f s)%n%n", CHANNELS, RATE, floor);
    System.out.println("| run | wall time | vs floor | posts at fake | lost | duplicates | notes |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Result r : List.of(straight, crash)) {
      System.out.printf("| %s | %.1f s | %.3fx | %,d | %d | %d | %s |%n", r.name(), r.seconds(), r.seconds() / floor,
          r.posted(), r.lost(), r.duplicates(), r.note());
    }
    System.out.println();
    System.out.printf("Machine: %d CPUs, load average %.2f at the end, %s %s (%s)%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("os.name"));
    boolean ok = straight.lost() == 0 && straight.duplicates() == 0 && crash.lost() == 0
        && straight.seconds() <= 1.15 * floor;
    System.out.println(ok ? "PASS" : "FAIL");
    System.exit(ok ? 0 : 1);
  }

  /** Run 1: enqueue, drain in this process, count what the fake received per channel. */
  private static Result straight() throws Exception {
    Path dir = Files.createTempDirectory("kompis-bench");
    try (FakeSlack slack = new FakeSlack(); Database db = Database.open(url(dir))) {
      enqueue(db.jdbi());
      Outbox outbox = outbox(db.jdbi(), slack.apiUrl());
      long start = System.nanoTime();
      outbox.start();
      while (Sql.count(db.jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") > 0) {
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      outbox.close();
      Map<String, Long> perChannel = perChannel(slack);
      return new Result("straight", seconds, total(perChannel), lost(perChannel), duplicates(perChannel),
          Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent' and ts is not null") + " rows sent with ts");
    }
  }

  /** Run 2: a child JVM drains, is killed half-way (SIGKILL), and a new child finishes on the same file. */
  private static Result crash() throws Exception {
    Path dir = Files.createTempDirectory("kompis-bench-crash");
    try (FakeSlack slack = new FakeSlack()) {
      try (Database db = Database.open(url(dir))) {
        enqueue(db.jdbi());
      }
      long start = System.nanoTime();
      Process first = child(dir, slack.apiUrl(), "first");
      while (slack.calls("chat.postMessage").size() < CHANNELS / 2) {
        if (!first.isAlive()) {
          throw new IllegalStateException("the first child ended before half-way; see " + dir);
        }
        Thread.sleep(5);
      }
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
      int postedAtKill = slack.calls("chat.postMessage").size();
      int uncertain;
      int sentAtKill;
      try (Database db = Database.open(url(dir))) {
        uncertain = Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sending' and ts is null");
        sentAtKill = Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'");
      }
      Process second = child(dir, slack.apiUrl(), "second");
      if (!second.waitFor(10, TimeUnit.MINUTES) || second.exitValue() != 0) {
        throw new IllegalStateException("the second child did not finish; see " + dir);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Long> perChannel = perChannel(slack);
      int duplicates = duplicates(perChannel);
      String note = String.format("killed at %,d posts (%,d recorded sent); %d rows 'sending' without ts at the kill; "
          + "duplicates %s that number", postedAtKill, sentAtKill, uncertain, duplicates <= uncertain ? "within" : "EXCEED");
      return new Result("kill -9 at half, restart", seconds, total(perChannel), lost(perChannel), duplicates, note);
    }
  }

  private static Process child(Path dir, String apiUrl, String name) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        FanOutBenchmark.class.getName(), "child", url(dir), apiUrl)
        .redirectErrorStream(true)
        .redirectOutput(new File(dir.toFile(), name + ".log"))
        .start();
  }

  /** The child: the sender over the database file until nothing is left to send. */
  private static void child(String dbUrl, String apiUrl) throws Exception {
    try (Database db = Database.open(dbUrl)) {
      Outbox outbox = outbox(db.jdbi(), apiUrl);
      outbox.start();
      while (Sql.count(db.jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") > 0) {
        Thread.sleep(50);
      }
      outbox.close();
    }
    System.exit(0);
  }

  private static Outbox outbox(Jdbi jdbi, String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    SlackGateway gateway = new SlackGateway(Slack.getInstance(config), t -> FakeSlack.BOT_TOKEN);
    Outbox outbox = new Outbox(jdbi, gateway, Clock.systemUTC(), RATE);
    outbox.register(KIND, Delivery.rendering(row -> prompt(row.ref())));
    return outbox;
  }

  /** About the size of a real reflection prompt: a question, a why-line, an Answer button and a counter. */
  private static Message prompt(String ref) {
    String question = "What did you learn this week just by doing your job? One small thing is enough.";
    List<LayoutBlock> blocks = List.of(
        Blocks.section("*" + question + "*"),
        Blocks.context("Learning on the job: most of what we learn, we learn in daily work."),
        Blocks.actions("reflect", Blocks.primary("reflect_answer", "Answer", ref)),
        Blocks.context("No answers yet"));
    return new Message(question, blocks);
  }

  private static void enqueue(Jdbi jdbi) {
    long now = System.currentTimeMillis();
    jdbi.useTransaction(h -> {
      OutboxStore store = h.attach(OutboxStore.class);
      for (int i = 0; i < CHANNELS; i++) {
        store.insert(new Post(TEAM, "weekly:2026-11-20", String.format("C%05d", i), null, KIND, String.valueOf(i)), now);
      }
    });
  }

  private static Map<String, Long> perChannel(FakeSlack slack) {
    return slack.calls("chat.postMessage").stream()
        .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
  }

  private static int total(Map<String, Long> perChannel) {
    return (int) perChannel.values().stream().mapToLong(Long::longValue).sum();
  }

  private static int lost(Map<String, Long> perChannel) {
    int lost = 0;
    for (int i = 0; i < CHANNELS; i++) {
      if (!perChannel.containsKey(String.format("C%05d", i))) {
        lost++;
      }
    }
    return lost;
  }

  private static int duplicates(Map<String, Long> perChannel) {
    return (int) perChannel.values().stream().mapToLong(n -> n - 1).sum();
  }

  private static String url(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("bench.db");
  }
}
