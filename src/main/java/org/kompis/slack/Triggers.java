package org.kompis.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a {@code trigger_id} belongs to, for the few seconds it lives: when Slack will not open a form, the person
 * who clicked is told to click again, whichever ritual asked for the form. Memory is right here: a trigger is
 * only good in this process for 3 seconds.
 */
public final class Triggers implements Middleware {
    private static final long KEEP_NANOS = 60_000_000_000L;

    /** Where a click or command came from: enough to answer the person privately. */
    public record Origin(String teamId, String channelId, String userId, String responseUrl, long at) {}

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        long now = System.nanoTime();
        if (req instanceof SlashCommandRequest c) {
            var p = c.getPayload();
            remember(
                    p.getTriggerId(),
                    new Origin(p.getTeamId(), p.getChannelId(), p.getUserId(), p.getResponseUrl(), now));
        } else if (req instanceof BlockActionRequest b) {
            var p = b.getPayload();
            remember(
                    p.getTriggerId(),
                    new Origin(p.getTeam().getId(), channelOf(p), p.getUser().getId(), p.getResponseUrl(), now));
        }
        return chain.next(req);
    }

    /** The channel a click came from; null in App Home or a modal, where an answer goes by DM. */
    public static String channelOf(BlockActionPayload p) {
        return p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer() == null ? null : p.getContainer().getChannelId();
    }

    private void remember(String triggerId, Origin origin) {
        if (triggerId == null) {
            return;
        }
        origins.values().removeIf(o -> origin.at() - o.at() > KEEP_NANOS);
        origins.put(triggerId, origin);
    }

    public Optional<Origin> of(String triggerId) {
        return triggerId == null ? Optional.empty() : Optional.ofNullable(origins.get(triggerId));
    }
}
