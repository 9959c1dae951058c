package org.kompis.slack;

import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Web API calls Kompis makes, for one workspace. Each returns what the caller needs, nothing more. */
public final class TeamClient {
    private static final Logger log = LoggerFactory.getLogger(TeamClient.class);

    private final SlackGateway gateway;
    private final String teamId;
    private final TeamCalls calls;
    private final TeamLookups lookups;
    private final ModalOpener modals;

    TeamClient(SlackGateway gateway, String teamId) {
        this.gateway = gateway;
        this.teamId = teamId;
        this.calls = new TeamCalls(gateway, teamId);
        this.lookups = new TeamLookups(calls);
        this.modals = new ModalOpener(calls);
    }

    public String teamId() {
        return teamId;
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its {@code ts}. */
    public String post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        try {
            return postAll(channel, threadTs, text, blocks);
        } catch (SlackCallException e) {
            if (!"msg_blocks_too_long".equals(e.error()) || blocks == null) {
                throw e;
            }
            // Refused, so nothing was posted: the same message cut to fit.
            return postAll(channel, threadTs, text, FitBlocks.within(blocks, FitBlocks.BUDGET));
        }
    }

    private String postAll(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return call(
                        "chat.postMessage",
                        c -> c.chatPostMessage(r -> r.channel(channel)
                                .threadTs(threadTs)
                                .text(text)
                                .blocks(blocks)
                                .unfurlLinks(false)
                                .unfurlMedia(false)))
                .getTs();
    }

    /**
     * Like {@link #post} but tries once: the outbox decides about retries. The SDK builds a new Gson, and with it
     * every type adapter of the response, for each response it parses; at the outbox's hundreds of posts a second
     * that was most of the sender's CPU, so this parses with one kept Gson (same errors, same exceptions).
     */
    public String postOnce(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        try {
            return calls.postOnce(channel, threadTs, text, blocks);
        } catch (SlackCallException e) {
            if (!"msg_blocks_too_long".equals(e.error()) || blocks == null) {
                throw e;
            }
            return calls.postOnce(channel, threadTs, text, FitBlocks.within(blocks, FitBlocks.BUDGET));
        }
    }

    public void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        call(
                "chat.update",
                c -> c.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    public void ephemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
        call(
                "chat.postEphemeral",
                c -> c.chatPostEphemeral(
                        r -> r.channel(channel).user(user).text(text).blocks(blocks)));
    }

    /**
     * The one way to answer one person privately: through the {@code response_url} of their command or click when
     * there is one (replacing the message it came from if asked), else ephemerally where they are, else by DM.
     * A failure is logged, never thrown: what they did has already been handled.
     */
    public void respond(
            String responseUrl,
            boolean replaceOriginal,
            String channel,
            String user,
            String text,
            List<LayoutBlock> blocks) {
        if (responseUrl != null && !responseUrl.isBlank()) {
            try {
                var response = new ActionResponseSender(gateway.slack())
                        .send(
                                responseUrl,
                                ActionResponse.builder()
                                        .responseType("ephemeral")
                                        .replaceOriginal(replaceOriginal)
                                        .text(text)
                                        .blocks(blocks)
                                        .build());
                if (Integer.valueOf(200).equals(response.getCode())) {
                    return;
                }
                log.info("response_url answered {}; answering with chat.postEphemeral", response.getCode());
            } catch (IOException e) {
                log.info("response_url failed; answering with chat.postEphemeral", e);
            }
        }
        tell(channel, user, text, blocks);
    }

    /** An ephemeral message where the person is (no channel: none), else a DM; false (logged) when neither worked. */
    public boolean tell(String channel, String user, String text, List<LayoutBlock> blocks) {
        try {
            if (channel == null) {
                throw new SlackCallException("chat.postEphemeral", "channel_not_found", null);
            }
            ephemeral(channel, user, text, blocks);
            return true;
        } catch (SlackCallException e) {
            try {
                dm(user, text, blocks);
                return true;
            } catch (SlackCallException again) {
                log.warn("Could not tell a person anything: {} / {}", e.error(), again.error());
                return false;
            }
        }
    }

    /** A DM to one person: where it went, {channel, ts}. */
    public String[] dm(String user, String text, List<LayoutBlock> blocks) {
        String channel = openConversation(List.of(user));
        return new String[] {channel, post(channel, null, text, blocks)};
    }

    /** Opens a modal; must run within 3 s of the click or command that gave {@code triggerId}. */
    public String openView(String triggerId, View view) {
        return modals.open(triggerId, FitView.within(view, FitView.LIMIT));
    }

    public void updateView(String viewId, View view) {
        View fitted = FitView.within(view, FitView.LIMIT);
        call("views.update", c -> c.viewsUpdate(r -> r.viewId(viewId).view(fitted)));
    }

    public void publishHome(String user, View view) {
        View fitted = FitView.within(view, FitView.LIMIT);
        call("views.publish", c -> c.viewsPublish(r -> r.userId(user).view(fitted)));
    }

    /** Opens (or finds) the DM or group DM with these people and returns its channel id. */
    public String openConversation(List<String> users) {
        return call("conversations.open", c -> c.conversationsOpen(r -> r.users(users)))
                .getChannel()
                .getId();
    }

    public UserInfo user(String userId) {
        return lookups.user(userId);
    }

    /** Every member of a channel, following Slack's cursor pages. */
    public List<String> channelMembers(String channel) {
        return lookups.channelMembers(channel);
    }

    /**
     * The public and private channels {@code userId} is a member of, following Slack's cursor pages. Slack only lists
     * channels the bot can see, which are the ones it is in.
     */
    public List<String> userChannels(String userId) {
        return lookups.userChannels(userId);
    }

    /** A channel's name and whether it is private (a private channel the bot is not in answers channel_not_found). */
    public ChannelInfo channelInfo(String channel) {
        return lookups.channelInfo(channel);
    }

    /** The ids of the members of the user group with this handle, or an empty list if there is no such group. */
    public List<String> userGroupMembers(String handle) {
        return lookups.userGroupMembers(handle);
    }

    /** Uploads a text file to a channel or DM. */
    public void uploadFile(String channel, String filename, String title, String content, String comment) {
        call(
                "files.uploadV2",
                c -> c.filesUploadV2(r -> r.channel(channel)
                        .filename(filename)
                        .title(title)
                        .content(content)
                        .initialComment(comment)));
    }

    public String permalink(String channel, String ts) {
        return call(
                        "chat.getPermalink",
                        c -> c.chatGetPermalink(r -> r.channel(channel).messageTs(ts)))
                .getPermalink();
    }

    /** The message's permalink, or null when there is no message yet or Slack will not say: a link is a nicety. */
    public String permalinkOrNull(String channel, String ts) {
        if (channel == null || ts == null) {
            return null;
        }
        try {
            return permalink(channel, ts);
        } catch (SlackCallException e) {
            return null;
        }
    }

    private <T extends SlackApiTextResponse> T call(String method, TeamCalls.SdkCall<T> call) {
        return calls.call(method, call);
    }
}
