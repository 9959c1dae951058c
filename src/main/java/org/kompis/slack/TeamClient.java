package org.kompis.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Web API calls Kompis makes, for one workspace. Each returns what the caller needs, nothing more. */
public final class TeamClient {
  private static final Logger log = LoggerFactory.getLogger(TeamClient.class);

  private final SlackGateway gateway;
  private final String teamId;

  TeamClient(SlackGateway gateway, String teamId) {
    this.gateway = gateway;
    this.teamId = teamId;
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
    return call("chat.postMessage", c -> c.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(text)
        .blocks(blocks).unfurlLinks(false).unfurlMedia(false))).getTs();
  }

  /**
   * Like {@link #post} but tries once: the outbox decides about retries. The SDK builds a new Gson, and with it
   * every type adapter of the response, for each response it parses; at the outbox's hundreds of posts a second
   * that was most of the sender's CPU, so this parses with one kept Gson (same errors, same exceptions).
   */
  public String postOnce(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
    try {
      return postOnceAll(channel, threadTs, text, blocks);
    } catch (SlackCallException e) {
      if (!"msg_blocks_too_long".equals(e.error()) || blocks == null) {
        throw e;
      }
      return postOnceAll(channel, threadTs, text, FitBlocks.within(blocks, FitBlocks.BUDGET));
    }
  }

  private String postOnceAll(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
    ChatPostMessageRequest request = ChatPostMessageRequest.builder().channel(channel).threadTs(threadTs).text(text)
        .blocks(blocks).unfurlLinks(false).unfurlMedia(false).build();
    String token = gateway.token(teamId);
    return gateway.call(teamId, "chat.postMessage", wrap(c -> {
      try (Response response = c.runPostFormWithToken(RequestFormBuilder.toForm(request), "chat.postMessage", token)) {
        String body = response.body() == null ? "" : response.body().string();
        if (!response.isSuccessful()) {
          throw new SlackApiException(response, body);
        }
        return RESPONSES.fromJson(body, ChatPostMessageResponse.class);
      }
    }), false).getTs();
  }

  private static final Gson RESPONSES = GsonFactory.createSnakeCase();

  public void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
    call("chat.update", c -> c.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
  }

  public void ephemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
    call("chat.postEphemeral", c -> c.chatPostEphemeral(r -> r.channel(channel).user(user).text(text).blocks(blocks)));
  }

  /**
   * The one way to answer one person privately: through the {@code response_url} of their command or click when
   * there is one (replacing the message it came from if asked), else ephemerally where they are, else by DM.
   * A failure is logged, never thrown: what they did has already been handled.
   */
  public void respond(String responseUrl, boolean replaceOriginal, String channel, String user, String text,
      List<LayoutBlock> blocks) {
    if (responseUrl != null && !responseUrl.isBlank()) {
      try {
        var response = new ActionResponseSender(gateway.slack()).send(responseUrl, ActionResponse.builder()
            .responseType("ephemeral").replaceOriginal(replaceOriginal).text(text).blocks(blocks).build());
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
    // A trigger_id lives 3 s and is single-use: one more try when Slack was busy and there is time left (a first
    // open that did land makes the second fail, never open twice); else the person is told to click again.
    long start = System.nanoTime();
    try {
      return openOnce(triggerId, view);
    } catch (SlackCallException first) {
      Duration wait = SlackGateway.retryWithin(first, TRIGGER_BUDGET.minusNanos(System.nanoTime() - start));
      if (wait != null) {
        try {
          Thread.sleep(wait.toMillis());
          return openOnce(triggerId, view);
        } catch (SlackCallException second) {
          gateway.formNotOpened(triggerId, second.error());
          throw second;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      gateway.formNotOpened(triggerId, first.error());
      throw first;
    }
  }

  /** What is left of a trigger's 3 s after the click reached Kompis and a worker picked it up. */
  private static final Duration TRIGGER_BUDGET = Duration.ofMillis(2500);

  private String openOnce(String triggerId, View view) {
    return gateway.call(teamId, "views.open", wrap(c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view))), false)
        .getView().getId();
  }

  public void updateView(String viewId, View view) {
    call("views.update", c -> c.viewsUpdate(r -> r.viewId(viewId).view(view)));
  }

  public void publishHome(String user, View view) {
    call("views.publish", c -> c.viewsPublish(r -> r.userId(user).view(view)));
  }

  /** Opens (or finds) the DM or group DM with these people and returns its channel id. */
  public String openConversation(List<String> users) {
    return call("conversations.open", c -> c.conversationsOpen(r -> r.users(users))).getChannel().getId();
  }

  public UserInfo user(String userId) {
    UsersInfoResponse response = call("users.info", c -> c.usersInfo(r -> r.user(userId).includeLocale(true)));
    User u = response.getUser();
    String name = u.getProfile() != null && u.getProfile().getDisplayName() != null
        && !u.getProfile().getDisplayName().isBlank() ? u.getProfile().getDisplayName() : u.getRealName();
    return new UserInfo(u.getId(), name == null ? u.getName() : name, u.getLocale(), u.getTz(),
        u.isAdmin(), u.isOwner(), u.isBot());
  }

  /** Every member of a channel, following Slack's cursor pages. */
  public List<String> channelMembers(String channel) {
    List<String> members = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      var response = call("conversations.members", c -> c.conversationsMembers(r -> r.channel(channel).cursor(page).limit(500)));
      members.addAll(response.getMembers());
      cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isBlank());
    return members;
  }

  /**
   * The public and private channels {@code userId} is a member of, following Slack's cursor pages. Slack only lists
   * channels the bot can see, which are the ones it is in.
   */
  public List<String> userChannels(String userId) {
    List<String> channels = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      var response = call("users.conversations", c -> c.usersConversations(r -> r.user(userId).cursor(page).limit(200)
          .excludeArchived(true).types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))));
      response.getChannels().forEach(ch -> channels.add(ch.getId()));
      cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isBlank());
    return channels;
  }

  /** A channel's name and whether it is private (a private channel the bot is not in answers channel_not_found). */
  public ChannelInfo channelInfo(String channel) {
    Conversation c = call("conversations.info", m -> m.conversationsInfo(r -> r.channel(channel))).getChannel();
    return new ChannelInfo(c.getId(), c.getName(), c.isPrivate() || c.isMpim() || c.isIm(), c.isArchived());
  }

  /** The ids of the members of the user group with this handle, or an empty list if there is no such group. */
  public List<String> userGroupMembers(String handle) {
    var groups = call("usergroups.list", c -> c.usergroupsList(r -> r.includeDisabled(false))).getUsergroups();
    var group = groups.stream().filter(g -> handle.equalsIgnoreCase(g.getHandle())).findFirst();
    if (group.isEmpty()) {
      return List.of();
    }
    return call("usergroups.users.list", c -> c.usergroupsUsersList(r -> r.usergroup(group.get().getId()))).getUsers();
  }

  /** Uploads a text file to a channel or DM. */
  public void uploadFile(String channel, String filename, String title, String content, String comment) {
    call("files.uploadV2", c -> c.filesUploadV2(r -> r.channel(channel).filename(filename).title(title)
        .content(content).initialComment(comment)));
  }

  public String permalink(String channel, String ts) {
    return call("chat.getPermalink", c -> c.chatGetPermalink(r -> r.channel(channel).messageTs(ts))).getPermalink();
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

  private <T extends SlackApiTextResponse> T call(String method, SdkCall<T> call) {
    return gateway.call(teamId, method, wrap(call), true);
  }

  private static <T extends SlackApiTextResponse> java.util.function.Function<MethodsClient, T> wrap(SdkCall<T> call) {
    return client -> {
      try {
        return call.apply(client);
      } catch (IOException | SlackApiException e) {
        throw new SlackGateway.WrappedException(e);
      }
    };
  }

  @FunctionalInterface
  interface SdkCall<T> {
    T apply(MethodsClient client) throws IOException, SlackApiException;
  }
}
