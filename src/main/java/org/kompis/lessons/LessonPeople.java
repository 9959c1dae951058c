package org.kompis.lessons;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.kompis.i18n.Texts;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who is looking (the channels a searcher is in) and who a lesson is by, as readers may see it. */
final class LessonPeople {
    private static final Logger log = LoggerFactory.getLogger(LessonPeople.class);

    private final Directory directory;

    LessonPeople(Directory directory) {
        this.directory = directory;
    }

    /**
     * The person as a searcher: their id, the channels they are in now (a minute's cache at most) and whether they are
     * a guest or from another organisation. When Slack cannot say, they see what everyone sees plus their own lessons
     * (nothing public either, if Slack cannot say whether they are a guest): missing knowledge hides, never exposes.
     */
    Viewer viewer(String team, String user) {
        boolean outsider;
        try {
            outsider = directory.user(team, user).outsider();
        } catch (SlackCallException e) {
            log.warn("Could not tell whether a searcher is a guest: {}", e.error());
            outsider = true;
        }
        try {
            return new Viewer(user, new HashSet<>(directory.userChannels(team, user)), outsider);
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
            return directory.channel(team, channel).externallyShared();
        } catch (SlackCallException e) {
            return !"channel_not_found".equals(e.error());
        }
    }

    /** The author as readers see them: their display name, escaped, or "anonymous"; never a mention that pings. */
    String author(String team, Lesson l, Texts t) {
        if (l.anonymous()) {
            return t.t("lessons.anonymous");
        }
        return l.writers().stream().map(user -> name(team, user, t)).distinct().collect(Collectors.joining(", "));
    }

    String name(String team, String user, Texts t) {
        return directory.name(team, user).map(Mrkdwn::escape).orElse(t.t("lessons.someone"));
    }

    /** A channel's name for a query shown back, or null when Slack will not say. */
    String channelName(String team, String channel) {
        try {
            return directory.channel(team, channel).name();
        } catch (SlackCallException e) {
            return null;
        }
    }

    String personName(String team, String user) {
        return directory.name(team, user).orElse(null);
    }
}
