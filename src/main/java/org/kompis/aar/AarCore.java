package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every part of the ritual shares: the store, the texts, names and dates, DMs, and one lock per review. */
final class AarCore {
  private static final Logger log = LoggerFactory.getLogger(AarCore.class);
  private static final int STRIPES = 64;

  final Kit kit;
  final LessonSink lessons;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  AarCore(Kit kit, LessonSink lessons) {
    this.kit = kit;
    this.lessons = lessons;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  AarStore store() {
    return kit.jdbi().onDemand(AarStore.class);
  }

  /**
   * Runs Slack work for one review under its lock, so a retried click and the original never both post. One
   * Kompis process owns the database (the instance lock), so an in-memory lock is enough.
   */
  <T> T locked(long reviewId, Supplier<T> work) {
    ReentrantLock lock = locks[(int) Math.floorMod(reviewId, (long) STRIPES)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  void locked(long reviewId, Runnable work) {
    locked(reviewId, () -> {
      work.run();
      return null;
    });
  }

  ZoneId zone() {
    return kit.config().defaultTimeZone();
  }

  LocalDate today() {
    return Scheduler.today(kit.clock(), zone());
  }

  Lang channelLang(String team, String channel) {
    return kit.languages().ofChannel(team, channel);
  }

  Texts channelTexts(String team, String channel) {
    return kit.channelTexts(team, channel);
  }

  Texts userTexts(String team, String user) {
    return kit.userTexts(team, user);
  }

  TeamClient slack(String team) {
    return kit.slack().team(team);
  }

  /** A person's display name, escaped; it does not notify them as a mention would. */
  String name(String team, String user) {
    return kit.directory().name(team, user).map(Mrkdwn::escape).orElse(Mrkdwn.user(user));
  }

  /** The raw display name, for plain text such as lesson drafts. */
  String plainName(String team, String user) {
    return kit.directory().name(team, user).orElse(user);
  }

  static String date(Texts t, LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern(t.t("aar.date"), t.lang().locale()));
  }

  /** Sends a DM and returns where it went: {channel, ts}. */
  String[] dm(String team, String user, String text, List<LayoutBlock> blocks) {
    TeamClient slack = slack(team);
    String channel = slack.openConversation(List.of(user));
    return new String[] {channel, slack.post(channel, null, text, blocks)};
  }

  /** Tells one person something privately where they are; by DM if Kompis cannot post there. */
  void tell(String team, String channel, String user, String text) {
    try {
      slack(team).ephemeral(channel, user, text, null);
    } catch (SlackCallException e) {
      try {
        dm(team, user, text, null);
      } catch (SlackCallException again) {
        log.warn("Could not tell {} anything: {} / {}", user, e.error(), again.error());
      }
    }
  }
}
