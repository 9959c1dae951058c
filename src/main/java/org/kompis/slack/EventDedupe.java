package org.kompis.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Slack re-delivers an event it thinks we missed. The {@code event_inbox} primary key decides whether an
 * {@code event_id} is new; a repeat is acknowledged and goes no further.
 */
public final class EventDedupe implements Middleware {
    static final long KEEP_MS = 7 * 86_400_000L;
    private static final long PURGE_EVERY_MS = 3_600_000L;

    /** The {@code event_inbox} table. */
    public interface Inbox {
        /** 1 when the event is new, 0 when it was received before. */
        @SqlUpdate(
                "insert into event_inbox(event_id, team_id, received_at) values (:e, :t, :at) on conflict do nothing")
        int receive(@Bind("e") String eventId, @Bind("t") String teamId, @Bind("at") long at);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong lastPurge = new java.util.concurrent.atomic.AtomicLong();

    public EventDedupe(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Slack retries for about an hour; a week of event ids is plenty, and the table must not grow for ever. */
    private void purgeOld() {
        long now = clock.millis();
        long last = lastPurge.get();
        if (now - last > PURGE_EVERY_MS && lastPurge.compareAndSet(last, now)) {
            jdbi.useHandle(h -> h.createUpdate("delete from event_inbox where received_at < :t")
                    .bind("t", now - KEEP_MS)
                    .execute());
        }
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req instanceof EventRequest event) {
            JsonObject body =
                    JsonParser.parseString(event.getRequestBodyAsString()).getAsJsonObject();
            if (!body.has("event_id")) {
                return chain.next(req);
            }
            String eventId = body.get("event_id").getAsString();
            String teamId = body.has("team_id") ? body.get("team_id").getAsString() : "";
            int inserted = jdbi.withExtension(Inbox.class, inbox -> inbox.receive(eventId, teamId, clock.millis()));
            if (inserted == 0) {
                return Response.ok();
            }
            purgeOld();
        }
        return chain.next(req);
    }
}
