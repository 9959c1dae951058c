package org.kompis.app;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.kompis.core.Background;
import org.kompis.slack.Triggers;

/**
 * A click whose work the full worker pool refused is answered, not dropped: the person is told in private that Kompis
 * is busy and to click again. Every button listener acknowledges first and hands its work to {@link Background}; this
 * sees whether that hand-over was refused on the request's thread, so no listener has to remember to check.
 */
final class BusyClicks implements Middleware {
    /** Tells the person who clicked, after the ack. */
    interface Tell {
        void busy(String teamId, String channelId, String userId, String responseUrl);
    }

    private final Background background;
    private final Tell tell;

    BusyClicks(Background background, Tell tell) {
        this.background = background;
        this.tell = tell;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (!(req instanceof BlockActionRequest click)) {
            return chain.next(req);
        }
        int refusedBefore = background.refusedOnThisThread();
        Response response = chain.next(req);
        if (background.refusedOnThisThread() > refusedBefore) {
            var p = click.getPayload();
            tell.busy(p.getTeam().getId(), Triggers.channelOf(p), p.getUser().getId(), p.getResponseUrl());
        }
        return response;
    }
}
