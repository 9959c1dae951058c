package org.kompis.sandbox;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few lessons so {@code /lessons} has something to find on the first try. It writes to the lessons library's
 * table (migration V5, package org.kompis.lessons) when this build has it, and does nothing when it does not;
 * a retry finds its rows by their source_ref and adds nothing.
 */
final class LessonSeed {
  private static final Logger log = LoggerFactory.getLogger(LessonSeed.class);

  private record Seed(String ref, String source, String channel, String author, String topic, String text,
      String tags, String category) {}

  private static final List<Seed> SEEDS = List.of(
      new Seed("sandbox:1", "aar", Demo.LEARNING, "U0KARI", "Nytt intranett",
          "Vi testet med fem kolleger i to korte runder før lansering. Det fant flere feil enn en måned med intern testing.",
          "intranett brukertest", "on_the_job"),
      new Seed("sandbox:2", "reflection", Demo.LEARNING, "U0SVEN", "Introduktion av nya kollegor",
          "En introduktionskollega första veckan gjorde att nya medarbetare ställde frågor tidigare. Vi fortsätter med det.",
          "introduktion onboarding", "from_others"),
      new Seed("sandbox:3", "sixhats", Demo.GENERAL, null, "Ny turnusordning",
          "Den svarte hatten viste at helgevaktene blir for tynne. Vi prøver ordningen i én avdeling først.",
          "turnus", "on_the_job"),
      new Seed("sandbox:4", "pairs", Demo.GENERAL, "U0ASTRID", "Lärpar över enheterna",
          "Att para ihop en handläggare med en kollega från ekonomi gav snabbare svar på budgetfrågor.",
          "lärpar ekonomi", "from_others"));

  private LessonSeed() {}

  /** The number of lessons added; 0 when this build has no lessons table. */
  static int seed(Jdbi jdbi, long nowMillis) {
    try {
      return jdbi.withHandle(h -> {
        if (!hasTable(h, "lessons")) {
          log.debug("No lessons table in this build: the sandbox starts without demo lessons");
          return 0;
        }
        if (hasTable(h, "lesson_channels")) {
          h.execute("insert into lesson_channels(team_id, channel_id, is_private, deleted, updated_at) values "
              + "(?, ?, 0, 0, ?), (?, ?, 0, 0, ?), (?, ?, 1, 0, ?) on conflict do nothing",
              Demo.TEAM, Demo.GENERAL, nowMillis, Demo.TEAM, Demo.LEARNING, nowMillis, Demo.TEAM, Demo.LEADERS, nowMillis);
        }
        int added = 0;
        for (Seed s : SEEDS) {
          added += h.createUpdate("""
              insert into lessons(team_id, source, source_ref, topic, text, tags, category, channel_id, visibility,
                                  author_id, created_at)
              values (:team, :source, :ref, :topic, :text, :tags, :category, :channel, 'channel', :author, :at)
              on conflict do nothing""")
              .bind("team", Demo.TEAM).bind("source", s.source()).bind("ref", s.ref()).bind("topic", s.topic())
              .bind("text", s.text()).bind("tags", s.tags()).bind("category", s.category())
              .bind("channel", s.channel()).bind("author", s.author()).bind("at", nowMillis).execute();
        }
        return added;
      });
    } catch (RuntimeException e) {
      // The lessons schema may move on after this was written: a sandbox without demo lessons still works.
      log.warn("Could not add the demo lessons: {}", e.getMessage());
      return 0;
    }
  }

  private static boolean hasTable(Handle h, String name) {
    return h.createQuery("select count(*) from sqlite_master where type = 'table' and name = :n")
        .bind("n", name).mapTo(Integer.class).one() > 0;
  }
}
