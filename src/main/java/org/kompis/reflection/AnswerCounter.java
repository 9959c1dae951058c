package org.kompis.reflection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kompis.core.Kit;
import org.kompis.delivery.Message;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the "N answers" on a prompt message current with chat.update, off the request thread. At most one update
 * per prompt runs at a time, and a request that arrives while one runs makes it run once more; every update counts
 * from the database when it starts, so the last update to land carries the latest count.
 */
final class AnswerCounter {
    private static final Logger log = LoggerFactory.getLogger(AnswerCounter.class);

    private final Kit kit;
    private final PromptMessages messages;
    // Per prompt: the requests that arrived while an update was running; no entry means none is running.
    private final Map<Long, Integer> pending = new ConcurrentHashMap<>();

    AnswerCounter(Kit kit, PromptMessages messages) {
        this.kit = kit;
        this.messages = messages;
    }

    void request(long promptId) {
        boolean[] start = {false};
        pending.compute(promptId, (id, n) -> {
            start[0] = n == null;
            return n == null ? 0 : n + 1;
        });
        if (start[0]) {
            if (!kit.later("The answer count of prompt " + promptId, () -> drain(promptId))) {
                pending.remove(promptId);
                log.warn("Busy: the answer count of prompt {} is updated with the next answer", promptId);
            }
        }
    }

    private void drain(long promptId) {
        do {
            update(promptId);
        } while (pending.compute(promptId, (id, n) -> n == null || n == 0 ? null : 0) != null);
    }

    private void update(long promptId) {
        ReflectionStore store = kit.jdbi().onDemand(ReflectionStore.class);
        store.prompt(promptId).filter(p -> p.messageTs() != null).ifPresent(p -> {
            Message m = messages.prompt(p, store.answered(p.id()), store.anonymousAnswers(p.id()));
            try {
                kit.slack().team(p.teamId()).update(p.channelId(), p.messageTs(), m.text(), m.blocks());
            } catch (SlackCallException e) {
                log.warn("Could not update the answer count on prompt {}: {}", p.id(), e.error());
            } catch (RuntimeException e) {
                log.error("Could not update the answer count on prompt {}", p.id(), e);
            }
        });
    }
}
