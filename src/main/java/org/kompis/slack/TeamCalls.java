package org.kompis.slack;

import com.google.gson.Gson;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import okhttp3.Response;

/** One workspace's Web API calls through the {@link SlackGateway}, with the SDK's checked exceptions wrapped. */
final class TeamCalls {
    // The SDK builds a new Gson, and with it every type adapter, for each response it parses: one kept instead.
    private static final Gson RESPONSES = GsonFactory.createSnakeCase();

    private final SlackGateway gateway;
    private final String teamId;

    TeamCalls(SlackGateway gateway, String teamId) {
        this.gateway = gateway;
        this.teamId = teamId;
    }

    String teamId() {
        return teamId;
    }

    SlackGateway gateway() {
        return gateway;
    }

    /** A call the gateway retries when Slack says it may. */
    <T extends SlackApiTextResponse> T call(String method, SdkCall<T> call) {
        return gateway.call(teamId, method, wrap(call), true);
    }

    /** A call made once: its caller decides what a failure means. */
    <T extends SlackApiTextResponse> T once(String method, SdkCall<T> call) {
        return gateway.call(teamId, method, wrap(call), false);
    }

    /** chat.postMessage once, parsed with the kept Gson (same errors, same exceptions as the SDK's own call). */
    String postOnce(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder()
                .channel(channel)
                .threadTs(threadTs)
                .text(text)
                .blocks(blocks)
                .unfurlLinks(false)
                .unfurlMedia(false)
                .build();
        String token = gateway.token(teamId);
        return once("chat.postMessage", c -> {
                    try (Response response =
                            c.runPostFormWithToken(RequestFormBuilder.toForm(request), "chat.postMessage", token)) {
                        String body =
                                response.body() == null ? "" : response.body().string();
                        if (!response.isSuccessful()) {
                            throw new SlackApiException(response, body);
                        }
                        return RESPONSES.fromJson(body, ChatPostMessageResponse.class);
                    }
                })
                .getTs();
    }

    private static <T extends SlackApiTextResponse> Function<MethodsClient, T> wrap(SdkCall<T> call) {
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
