package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;

/** What every part of the ritual shares: the stores, texts, names and dates, DMs, and one lock per channel. */
final class PairsCore {
    static final String RITUAL = "pairs";

    final Kit kit;
    final LessonSink lessons;

    PairsCore(Kit kit, LessonSink lessons) {
        this.kit = kit;
        this.lessons = lessons;
    }

    PoolStore pool() {
        return kit.jdbi().onDemand(PoolStore.class);
    }

    RoundStore rounds() {
        return kit.jdbi().onDemand(RoundStore.class);
    }

    /**
     * Runs one channel's round work holding its claim: a scheduled round, a manager's "now" and a restart's resume
     * never match or introduce the same people twice, whichever process each runs in.
     */
    <T> T locked(String team, String channel, Supplier<T> work) {
        return kit.claims().holding("pairs:" + team + "/" + channel, work);
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

    /** The group's message languages: usually one, one per member's language when they share none. */
    List<Texts> groupTexts(RoundGroup g) {
        return GroupLanguages.parse(g.lang(), kit.languages().fallback(g.teamId())).stream()
                .map(this::texts)
                .toList();
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
        return kit.directory().shownName(team, user);
    }

    String plainName(String team, String user) {
        return kit.directory().plainName(team, user);
    }

    /**
     * A guest or someone from another organisation (Slack Connect) is left out of pools and buddies unless
     * {@code pairs.include_guests} is on: pairing them would open group DMs across the lines Slack draws. When Slack
     * cannot say, they are not left out (pairing opens nothing that is not already theirs).
     */
    boolean leftOut(String team, String user) {
        if (kit.config().pairsIncludeGuests()) {
            return false;
        }
        try {
            return kit.directory().user(team, user).outsider();
        } catch (SlackCallException e) {
            return false;
        }
    }

    boolean isBot(String team, String user) {
        try {
            return kit.directory().user(team, user).bot();
        } catch (SlackCallException e) {
            return false;
        }
    }

    String date(Texts t, LocalDate date) {
        return t.format("pairs.date", date);
    }

    String date(Texts t, Instant at) {
        return date(t, LocalDate.ofInstant(at, zone()));
    }

    String dateTime(Texts t, Instant at) {
        return t.format("pairs.date_time", at.atZone(zone()));
    }

    /** Tells one person something privately where they are; by DM if Kompis cannot post there. */
    void tell(String team, String channel, String user, String text, List<LayoutBlock> blocks) {
        slack(team).tell(channel, user, text, blocks);
    }

    /** A DM to one person; a failure is logged, not thrown. */
    void dm(String team, String user, String text, List<LayoutBlock> blocks) {
        slack(team).tell(null, user, text, blocks);
    }
}
