package org.kompis.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who people are (users.info) and who is in a user group, cached briefly: a command that checks a manager's
 * rights and picks a language should cost Slack one call, not four. Channel memberships and a channel's privacy
 * open private lessons, so they are kept for a minute only.
 */
public final class Directory {
    static final Duration CHANNELS_TTL = Duration.ofMinutes(1);

    private final SlackGateway slack;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached<UserInfo>> users = new ConcurrentHashMap<>();
    private final Map<String, Cached<List<String>>> groups = new ConcurrentHashMap<>();
    private final Map<String, Cached<List<String>>> memberships = new ConcurrentHashMap<>();
    private final Map<String, Cached<ChannelInfo>> channels = new ConcurrentHashMap<>();

    public Directory(SlackGateway slack, Clock clock, Duration ttl) {
        this.slack = slack;
        this.clock = clock;
        this.ttl = ttl;
    }

    public UserInfo user(String teamId, String userId) {
        return cached(
                users, teamId + "/" + userId, ttl, () -> slack.team(teamId).user(userId));
    }

    /** True for a bot or app user; false when Slack cannot say. */
    public boolean isBot(String teamId, String userId) {
        try {
            return user(teamId, userId).bot();
        } catch (SlackCallException e) {
            return false;
        }
    }

    /** A person's display name, or empty when Slack cannot say (a deleted user, Slack down): callers fall back. */
    public Optional<String> name(String teamId, String userId) {
        try {
            return Optional.ofNullable(user(teamId, userId).name());
        } catch (SlackCallException e) {
            return Optional.empty();
        }
    }

    /** The name to show in mrkdwn: escaped, or the person's mention when Slack cannot say. */
    public String shownName(String teamId, String userId) {
        return name(teamId, userId).map(Mrkdwn::escape).orElse(Mrkdwn.user(userId));
    }

    /** The name as plain text (a lesson, a topic), or the user id when Slack cannot say. */
    public String plainName(String teamId, String userId) {
        return name(teamId, userId).orElse(userId);
    }

    public List<String> userGroup(String teamId, String handle) {
        return cached(
                groups, teamId + "/" + handle, ttl, () -> slack.team(teamId).userGroupMembers(handle));
    }

    /** The channels the person is in (that the bot can see), at most a minute old. */
    public List<String> userChannels(String teamId, String userId) {
        return cached(
                memberships,
                teamId + "/" + userId,
                CHANNELS_TTL,
                () -> List.copyOf(slack.team(teamId).userChannels(userId)));
    }

    /** A channel's name and privacy, at most a minute old. */
    public ChannelInfo channel(String teamId, String channelId) {
        return cached(
                channels,
                teamId + "/" + channelId,
                CHANNELS_TTL,
                () -> slack.team(teamId).channelInfo(channelId));
    }

    /**
     * The person as Slack describes them now, for a right checked when a form is sent: a fresh users.info, or the
     * cached answer when Slack cannot be asked (a refusal is never weakened by an outage, only delayed).
     */
    public UserInfo userNow(String teamId, String userId) {
        String key = teamId + "/" + userId;
        try {
            UserInfo fresh = slack.team(teamId).user(userId);
            users.put(key, new Cached<>(fresh, clock.millis() + ttl.toMillis()));
            return fresh;
        } catch (SlackCallException e) {
            Cached<UserInfo> old = users.get(key);
            if (old == null) {
                throw e;
            }
            return old.value;
        }
    }

    /**
     * Whether the person is in the channel now. A public channel is open to everyone in the workspace except guests;
     * a private channel, or any channel for a guest, is asked of Slack afresh. A channel Slack does not know to Kompis
     * (a DM, or one it was never in) cannot be posted into either, so it is not refused here.
     *
     * @throws SlackCallException when Slack cannot say who is in a private channel now
     */
    public boolean inChannelNow(String teamId, String channelId, String userId, boolean guest) {
        if (channelId == null || channelId.startsWith("D")) {
            return true;
        }
        ChannelInfo info;
        try {
            info = channel(teamId, channelId);
        } catch (SlackCallException e) {
            return true;
        }
        if (!info.isPrivate() && !guest) {
            return true;
        }
        return slack.team(teamId).channelMembers(channelId).contains(userId);
    }

    public void forget(String teamId, String userId) {
        users.remove(teamId + "/" + userId);
        memberships.remove(teamId + "/" + userId);
    }

    public void forgetChannel(String teamId, String channelId) {
        channels.remove(teamId + "/" + channelId);
    }

    private <T> T cached(Map<String, Cached<T>> cache, String key, Duration ttl, Supplier<T> load) {
        long now = clock.millis();
        Cached<T> hit = cache.get(key);
        if (hit != null && hit.expiresAt > now) {
            return hit.value;
        }
        T value = load.get();
        cache.put(key, new Cached<>(value, now + ttl.toMillis()));
        return value;
    }

    private record Cached<T>(T value, long expiresAt) {}
}
