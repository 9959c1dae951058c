package org.kompis.slack;

import com.slack.api.model.view.View;
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
            Duration wait = SlackGateway.retryWithin(first, TRIGGER_BUDGET.minusNanos(System.nanoTime() - start));
            if (wait != null) {
                try {
                    Thread.sleep(wait.toMillis());
                    return openOnce(triggerId, view);
                } catch (SlackCallException second) {
                    calls.gateway().formNotOpened(triggerId, second.error());
                    throw second;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            calls.gateway().formNotOpened(triggerId, first.error());
            throw first;
        }
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
