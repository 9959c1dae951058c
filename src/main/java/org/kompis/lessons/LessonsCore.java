package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kompis.core.Kit;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the Slack side of the library shares: the store, search, who may see what, names, dates, answers. */
final class LessonsCore {
    private static final Logger log = LoggerFactory.getLogger(LessonsCore.class);

    final Kit kit;
    final LessonSearch search;
    final ChannelPrivacy privacy;
    final SearchMisses misses;

    LessonsCore(Kit kit) {
        this.kit = kit;
        this.search = new LessonSearch(kit.jdbi());
        this.privacy = new ChannelPrivacy(kit, this::store);
        this.misses = new SearchMisses(kit.jdbi(), kit.clock(), kit.config().defaultTimeZone());
    }

    LessonStore store() {
        return kit.jdbi().onDemand(LessonStore.class);
    }

    TeamClient slack(String team) {
        return kit.slack().team(team);
    }

    long now() {
        return kit.clock().millis();
    }

    /**
     * The person as a searcher: their id, the channels they are in now (a minute's cache at most) and whether they are
     * a guest or from another organisation. When Slack cannot say, they see what everyone sees plus their own lessons
     * (nothing public either, if Slack cannot say whether they are a guest): missing knowledge hides, never exposes.
     */
    Viewer viewer(String team, String user) {
        boolean outsider;
        try {
            outsider = kit.directory().user(team, user).outsider();
        } catch (SlackCallException e) {
            log.warn("Could not tell whether a searcher is a guest: {}", e.error());
            outsider = true;
        }
        try {
            return new Viewer(user, new HashSet<>(kit.directory().userChannels(team, user)), outsider);
        } catch (SlackCallException e) {
            log.warn("Could not read the channels of a searcher: {}", e.error());
            return new Viewer(user, Set.of(), outsider);
        }
    }

    /**
     * Whether the channel is shared with another organisation (Slack Connect): only its own lessons go there. When
     * Slack cannot say, it is taken to be shared, except for a channel Slack does not show Kompis at all (nothing
     * can be posted there).
     */
    boolean externallyShared(String team, String channel) {
        try {
            return kit.directory().channel(team, channel).externallyShared();
        } catch (SlackCallException e) {
            return !"channel_not_found".equals(e.error());
        }
    }

    Texts userTexts(String team, String user) {
        return kit.userTexts(team, user);
    }

    Texts channelTexts(String team, String channel) {
        return kit.channelTexts(team, channel);
    }

    /** The author as readers see them: their display name, escaped, or "anonymous"; never a mention that pings. */
    String author(String team, Lesson l, Texts t) {
        if (l.anonymous()) {
            return t.t("lessons.anonymous");
        }
        return l.writers().stream().map(user -> name(team, user, t)).distinct().collect(Collectors.joining(", "));
    }

    String name(String team, String user, Texts t) {
        return kit.directory().name(team, user).map(Mrkdwn::escape).orElse(t.t("lessons.someone"));
    }

    /** A channel's name for a query shown back, or null when Slack will not say. */
    String channelName(String team, String channel) {
        try {
            return kit.directory().channel(team, channel).name();
        } catch (SlackCallException e) {
            return null;
        }
    }

    String personName(String team, String user) {
        return kit.directory().name(team, user).orElse(null);
    }

    String date(Texts t, long millis) {
        ZoneId zone = kit.config().defaultTimeZone();
        return t.format("lessons.date", Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** Runs Slack work after the ack, on the worker pool; a failure is logged, never thrown at Bolt. */
    void later(Runnable work) {
        kit.later("A lessons step", work);
    }

    /**
     * Answers a click privately: through the action's response_url (replacing the message the button was on when
     * {@code replace}), else as an ephemeral message in the channel, else by DM.
     */
    void respond(
            String responseUrl,
            boolean replace,
            String team,
            String channel,
            String user,
            String text,
            List<LayoutBlock> blocks) {
        slack(team).respond(responseUrl, replace, channel, user, text, blocks);
    }

    /** An ephemeral message in the channel, or a DM when Kompis cannot post there. */
    void tell(String team, String channel, String user, String text, List<LayoutBlock> blocks) {
        slack(team).tell(channel, user, text, blocks);
    }
}
