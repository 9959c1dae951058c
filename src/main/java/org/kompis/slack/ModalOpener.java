package org.kompis.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Duration;

/**
 * Opens modals within a trigger's life. A trigger_id lives 3 s and is single-use: one more try when Slack was busy
 * and there is time left (a first open that did land makes the second fail, never open twice); else the person is
 * told to click again.
 */
final class ModalOpener {
    /** What is left of a trigger's 3 s after the click reached Kompis and a worker picked it up. */
    private static final Duration TRIGGER_BUDGET = Duration.ofMillis(2500);

    private final TeamCalls calls;

    ModalOpener(TeamCalls calls) {
        this.calls = calls;
    }

    String open(String triggerId, View view) {
        long start = System.nanoTime();
        try {
            return openOnce(triggerId, view);
        } catch (SlackCallException first) {
            Duration wait = retryWithin(first, TRIGGER_BUDGET.minusNanos(System.nanoTime() - start));
            // Not when Slack keeps refusing this workspace or others already wait (Pauses): the person is told at once.
            if (wait != null && slept(wait)) {
                try {
                    return openOnce(triggerId, view);
                } catch (SlackCallException second) {
                    calls.gateway().formNotOpened(triggerId, second.error());
                    throw second;
                }
            }
            calls.gateway().formNotOpened(triggerId, first.error());
            throw first;
        }
    }

    private boolean slept(Duration wait) {
        try {
            return calls.gateway().pauses.slept(Pauses.key(calls.teamId(), "views.open"), wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * How long to wait before one more try, if that fits in {@code left}: a 429's Retry-After, or a short pause after a
     * 5xx or a network error; null when it does not fit or cannot help.
     */
    static Duration retryWithin(SlackCallException e, Duration left) {
        Duration wait;
        if (e.getCause() instanceof SlackApiException api && api.getResponse().code() == 429) {
            wait = Pauses.retryAfter(api);
        } else if (e.getCause() instanceof IOException
                || e.getCause() instanceof SlackApiException api5
                        && api5.getResponse().code() >= 500) {
            wait = Duration.ofMillis(200);
        } else {
            return null;
        }
        return wait.compareTo(left) < 0 ? wait : null;
    }

    private String openOnce(String triggerId, View view) {
        String id = calls.once(
                        "views.open",
                        c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)))
                .getView()
                .getId();
        calls.gateway().formOpened(triggerId, id);
        return id;
    }
}
