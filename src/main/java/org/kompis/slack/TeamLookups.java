package org.kompis.slack;

import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.User;
import java.util.ArrayList;
import java.util.List;

/** What one workspace's Web API says about its people, channels and user groups; the {@link TeamClient} asks here. */
final class TeamLookups {
    private final TeamCalls calls;

    TeamLookups(TeamCalls calls) {
        this.calls = calls;
    }

    UserInfo user(String userId) {
        UsersInfoResponse response =
                calls.call("users.info", c -> c.usersInfo(r -> r.user(userId).includeLocale(true)));
        User u = response.getUser();
        String name = u.getProfile() != null
                        && u.getProfile().getDisplayName() != null
                        && !u.getProfile().getDisplayName().isBlank()
                ? u.getProfile().getDisplayName()
                : u.getRealName();
        return new UserInfo(
                u.getId(),
                name == null ? u.getName() : name,
                u.getLocale(),
                u.getTz(),
                u.isAdmin(),
                u.isOwner(),
                u.isBot(),
                u.isRestricted() || u.isUltraRestricted(),
                external(u),
                u.isDeleted());
    }

    /** From another organisation: Slack calls them a stranger, or their home team is not this (nor its Grid). */
    private boolean external(User u) {
        String team = calls.teamId();
        return u.isStranger()
                || (team != null
                        && u.getTeamId() != null
                        && !team.equals(u.getTeamId())
                        && u.getEnterpriseUser() == null);
    }

    List<String> channelMembers(String channel) {
        List<String> members = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            var response = calls.call(
                    "conversations.members",
                    c -> c.conversationsMembers(
                            r -> r.channel(channel).cursor(page).limit(500)));
            members.addAll(response.getMembers());
            cursor = response.getResponseMetadata() == null
                    ? null
                    : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return members;
    }

    List<String> userChannels(String userId) {
        List<String> channels = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            var response = calls.call(
                    "users.conversations",
                    c -> c.usersConversations(r -> r.user(userId)
                            .cursor(page)
                            .limit(200)
                            .excludeArchived(true)
                            .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))));
            response.getChannels().forEach(ch -> channels.add(ch.getId()));
            cursor = response.getResponseMetadata() == null
                    ? null
                    : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return channels;
    }

    ChannelInfo channelInfo(String channel) {
        Conversation c = calls.call("conversations.info", m -> m.conversationsInfo(r -> r.channel(channel)))
                .getChannel();
        return new ChannelInfo(
                c.getId(),
                c.getName(),
                c.isPrivate() || c.isMpim() || c.isIm(),
                c.isArchived(),
                c.isExtShared() || c.isPendingExtShared());
    }

    List<String> userGroupMembers(String handle) {
        var groups = calls.call("usergroups.list", c -> c.usergroupsList(r -> r.includeDisabled(false)))
                .getUsergroups();
        var group = groups.stream()
                .filter(g -> handle.equalsIgnoreCase(g.getHandle()))
                .findFirst();
        if (group.isEmpty()) {
            return List.of();
        }
        return calls.call(
                        "usergroups.users.list",
                        c -> c.usergroupsUsersList(r -> r.usergroup(group.get().getId())))
                .getUsers();
    }
}
