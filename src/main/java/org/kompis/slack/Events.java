package org.kompis.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
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

    private final App app;
    private final Executor workers;
    private final Map<Class<?>, List<Handler<?>>> handlers = new ConcurrentHashMap<>();

    public Events(App app, Executor workers) {
        this.app = app;
        this.workers = workers;
    }

    public <E extends Event> void on(Class<E> type, Handler<E> handler) {
        boolean first = !handlers.containsKey(type);
        handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(handler);
        if (first) {
            app.event(type, (payload, ctx) -> {
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
