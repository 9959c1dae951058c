package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
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

/** What every part of the ritual shares: the stores, texts, names and dates, DMs, and one lock per channel. */
final class PairsCore {
  static final String RITUAL = "pairs";
  private static final Logger log = LoggerFactory.getLogger(PairsCore.class);
  private static final int STRIPES = 64;

  final Kit kit;
  final LessonSink lessons;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  PairsCore(Kit kit, LessonSink lessons) {
    this.kit = kit;
    this.lessons = lessons;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  PoolStore pool() {
    return kit.jdbi().onDemand(PoolStore.class);
  }

  RoundStore rounds() {
    return kit.jdbi().onDemand(RoundStore.class);
  }

  /**
   * Runs one channel's round work under its lock: a scheduled round, a manager's "now" and a restart's resume
   * never match or introduce the same people twice. One Kompis owns the database, so memory is enough.
   */
  <T> T locked(String team, String channel, Supplier<T> work) {
    ReentrantLock lock = locks[Math.floorMod((team + "/" + channel).hashCode(), STRIPES)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  long now() {
    return kit.clock().millis();
  }

  ZoneId zone() {
    return kit.config().defaultTimeZone();
  }

  LocalDate today() {
    return Scheduler.today(kit.clock(), zone());
  }

  Lang userLang(String team, String user) {
    return kit.languages().ofUser(team, user);
  }

  Texts userTexts(String team, String user) {
    return kit.userTexts(team, user);
  }

  Texts channelTexts(String team, String channel) {
    return kit.channelTexts(team, channel);
  }

  Texts texts(Lang lang) {
    return kit.messages().in(lang);
  }

  TeamClient slack(String team) {
    return kit.slack().team(team);
  }

  /** A person's display name, escaped; unlike a mention it does not notify them. */
  String name(String team, String user) {
    return kit.directory().name(team, user).map(Mrkdwn::escape).orElse(Mrkdwn.user(user));
  }

  String plainName(String team, String user) {
    return kit.directory().name(team, user).orElse(user);
  }

  boolean isBot(String team, String user) {
    try {
      return kit.directory().user(team, user).bot();
    } catch (SlackCallException e) {
      return false;
    }
  }

  String date(Texts t, LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern(t.t("pairs.date"), t.lang().locale()));
  }

  String date(Texts t, Instant at) {
    return date(t, LocalDate.ofInstant(at, zone()));
  }

  String dateTime(Texts t, Instant at) {
    return at.atZone(zone()).format(DateTimeFormatter.ofPattern(t.t("pairs.date_time"), t.lang().locale()));
  }

  /** Tells one person something privately where they are; by DM if Kompis cannot post there. */
  void tell(String team, String channel, String user, String text, List<LayoutBlock> blocks) {
    try {
      slack(team).ephemeral(channel, user, text, blocks);
    } catch (SlackCallException e) {
      dm(team, user, text, blocks);
    }
  }

  /** A DM to one person; a failure is logged, not thrown. */
  void dm(String team, String user, String text, List<LayoutBlock> blocks) {
    try {
      TeamClient slack = slack(team);
      slack.post(slack.openConversation(List.of(user)), null, text, blocks);
    } catch (SlackCallException e) {
      log.warn("Could not send {} a DM: {}", user, e.error());
    }
  }
}
