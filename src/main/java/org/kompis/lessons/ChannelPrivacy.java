package org.kompis.lessons;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.kompis.core.Kit;
import org.kompis.slack.ChannelInfo;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack says about a channel's privacy, written to {@code lesson_channels} so search can follow it. Slack
 * sends no event a bot without history scopes receives when a public channel is made private, so Kompis also asks
 * (conversations.info, cached a minute) when a lesson is stored and before it shows or posts a public channel's
 * lesson to someone outside that channel.
 */
final class ChannelPrivacy {
    private static final Logger log = LoggerFactory.getLogger(ChannelPrivacy.class);

    private final Kit kit;
    private final Supplier<LessonStore> store;

    ChannelPrivacy(Kit kit, Supplier<LessonStore> store) {
        this.kit = kit;
        this.store = store;
    }

    /**
     * Asks Slack about the channel and remembers the answer. Returns true when it is private, or when Slack cannot
     * see it (a private channel Kompis is not in answers channel_not_found); false when public or unknown for now.
     */
    boolean learn(String team, String channel) {
        if (channel == null || channel.startsWith("D")) {
            return false;
        }
        long now = kit.clock().millis();
        try {
            ChannelInfo info = kit.directory().channel(team, channel);
            if (info.isPrivate()) {
                store.get().markChannelPrivate(team, channel, now);
            } else {
                store.get().rememberChannel(team, channel, false, now);
            }
            return info.isPrivate();
        } catch (SlackCallException e) {
            if ("channel_not_found".equals(e.error())) {
                store.get().rememberChannel(team, channel, true, now);
                return true;
            }
            log.info("Could not check whether a channel is private: {}", e.error());
            return false;
        }
    }

    /**
     * Checks again the channels of these lessons that are known to be public and that the viewer is not in: true if
     * one of them turned private (so what was about to be shown must be read again).
     */
    boolean turnedPrivate(String team, Collection<Lesson> lessons, Set<String> viewerChannels) {
        Set<String> check = new LinkedHashSet<>();
        for (Lesson l : lessons) {
            if (l.channelId() != null && !viewerChannels.contains(l.channelId())) {
                check.add(l.channelId());
            }
        }
        boolean changed = false;
        for (String channel : check) {
            if (knownPublic(team, channel) && learn(team, channel)) {
                changed = true;
            }
        }
        return changed;
    }

    private boolean knownPublic(String team, String channel) {
        return store.get().knownPublic(team, channel);
    }
}
