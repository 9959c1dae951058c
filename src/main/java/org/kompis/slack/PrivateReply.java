package org.kompis.slack;

import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer only one person sees, that always arrives: through the response_url while it works (five uses within
 * 30 minutes), else as an ephemeral message in the channel, else as a DM. A used-up or expired response_url answers
 * 404 ({@code used_url}, {@code expired_url}); that is not a success.
 */
public final class PrivateReply {
    private static final Logger log = LoggerFactory.getLogger(PrivateReply.class);

    private final SlackGateway gateway;

    public PrivateReply(SlackGateway gateway) {
        this.gateway = gateway;
    }

    public void send(
            String teamId, String channelId, String userId, String responseUrl, String text, List<LayoutBlock> blocks) {
        if (responseUrl != null && !responseUrl.isBlank()) {
            try {
                var response = new ActionResponseSender(gateway.slack())
                        .send(
                                responseUrl,
                                ActionResponse.builder()
                                        .responseType("ephemeral")
                                        .replaceOriginal(false)
                                        .text(text)
                                        .blocks(blocks)
                                        .build());
                if (Integer.valueOf(200).equals(response.getCode())) {
                    return;
                }
                log.info("response_url answered {}; answering with chat.postEphemeral", response.getCode());
            } catch (IOException e) {
                log.info(
                        "response_url failed ({}); answering with chat.postEphemeral",
                        e.getClass().getSimpleName());
            }
        }
        TeamClient slack = gateway.team(teamId);
        try {
            if (channelId != null) {
                slack.ephemeral(channelId, userId, text, blocks);
                return;
            }
        } catch (SlackCallException e) {
            log.info("chat.postEphemeral failed ({}); answering with a DM", e.error());
        }
        try {
            slack.post(slack.openConversation(List.of(userId)), null, text, blocks);
        } catch (SlackCallException e) {
            log.warn("Could not answer a person privately: {}", e.error());
        }
    }
}
