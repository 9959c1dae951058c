package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.TeamClient;

/** What every part of the ritual shares: the store, the texts, names and dates, DMs, and one claim per review. */
final class AarCore {

    final Kit kit;
    final LessonSink lessons;

    AarCore(Kit kit, LessonSink lessons) {
        this.kit = kit;
        this.lessons = lessons;
    }

    AarStore store() {
        return kit.jdbi().onDemand(AarStore.class);
    }

    /**
     * Runs Slack work for one review while holding its claim, so a retried click and the original never both post,
     * whichever process each reached.
     */
    <T> T locked(long reviewId, Supplier<T> work) {
        return kit.claims().holding("aar:review:" + reviewId, work);
    }

    void locked(long reviewId, Runnable work) {
        kit.claims().holding("aar:review:" + reviewId, work);
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
        return kit.directory().shownName(team, user);
    }

    /** The raw display name, for plain text such as lesson drafts. */
    String plainName(String team, String user) {
        return kit.directory().plainName(team, user);
    }

    static String date(Texts t, LocalDate date) {
        return t.format("aar.date", date);
    }

    /** Sends a DM and returns where it went: {channel, ts}. */
    String[] dm(String team, String user, String text, List<LayoutBlock> blocks) {
        return slack(team).dm(user, text, blocks);
    }

    /** Tells one person something privately where they are; by DM if Kompis cannot post there. */
    void tell(String team, String channel, String user, String text) {
        slack(team).tell(channel, user, text, null);
    }
}
