package org.kompis.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API subscriptions shared by rituals. Bolt keeps one handler per event type (a second registration
 * silently replaces the first), so each type gets one Bolt handler here that acks at once and hands the event to
 * every subscriber on the worker pool.
 */
public final class Events {
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    /** What a ritual does with an event, after it was acknowledged. */
    @FunctionalInterface
    public interface Handler<E extends Event> {
        void handle(EventsApiPayload<E> payload) throws Exception;
    }

    /** Which workspace an event in a channel is served as: the channel's home in an Enterprise Grid org. */
    @FunctionalInterface
    public interface Home {
        String of(String enterpriseId, String teamId, String channelId);
    }

    private final App app;
    private final Executor workers;
    private final Map<Class<?>, List<Handler<?>>> handlers = new ConcurrentHashMap<>();
    private volatile Home home = (org, team, channel) -> team;

    public Events(App app, Executor workers) {
        this.app = app;
        this.workers = workers;
    }

    /** Events in a channel are served as {@code home} says, before any subscriber reads the payload's team. */
    public void serveAs(Home home) {
        this.home = home;
    }

    public <E extends Event> void on(Class<E> type, Handler<E> handler) {
        boolean first = !handlers.containsKey(type);
        handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(handler);
        if (first) {
            app.event(type, (payload, ctx) -> {
                served(payload, ctx);
                try {
                    workers.execute(() -> dispatch(type, payload));
                } catch (RejectedExecutionException e) {
                    // Back-pressure, not a drop: the event is already in event_inbox, so Slack's retry would be taken
                    // for a repeat. Bolt acknowledged it already (auto-ack), so this thread may do the work itself.
                    log.warn("Workers are full; {} is handled on the request's own thread", type.getSimpleName());
                    dispatch(type, payload);
                }
                return ctx.ack();
            });
        }
    }

    /** A handler of its own for {@code type}, run on the request's thread: a quick local write. */
    public <E extends Event> void now(Class<E> type, Handler<E> handler) {
        app.event(type, (payload, ctx) -> {
            served(payload, ctx);
            try {
                handler.handle(payload);
            } catch (Exception e) {
                // A repeat would be dropped as a duplicate (event_inbox): say so, and acknowledge.
                log.error("Handling {} failed", type.getSimpleName(), e);
            }
            return ctx.ack();
        });
    }

    private void served(EventsApiPayload<?> payload, EventContext ctx) {
        String org = ctx.getEnterpriseId() != null ? ctx.getEnterpriseId() : payload.getEnterpriseId();
        String team = payload.getTeamId();
        if (org != null && team != null && ctx.getChannelId() != null) {
            payload.setTeamId(home.of(org, team, ctx.getChannelId()));
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends Event> void dispatch(Class<E> type, EventsApiPayload<E> payload) {
        for (Handler<?> h : handlers.get(type)) {
            try {
                ((Handler<E>) h).handle(payload);
            } catch (Exception e) {
                log.error("Handling {} failed", type.getSimpleName(), e);
            }
        }
    }
}
