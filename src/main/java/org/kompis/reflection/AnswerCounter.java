package org.kompis.reflection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.delivery.Message;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the "N answers" on a prompt message current with chat.update, off the request thread. At most one update
 * per prompt runs at a time, and a request that arrives while one runs makes it run once more; every update counts
 * from the database when it starts, so the last update to land carries the latest count.
 */
final class AnswerCounter {
    private static final Logger log = LoggerFactory.getLogger(AnswerCounter.class);

    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Background background;
    private final PromptMessages messages;
    // Per prompt: the requests that arrived while an update was running; no entry means none is running.
    private final Map<Long, Integer> pending = new ConcurrentHashMap<>();

    AnswerCounter(Jdbi jdbi, SlackGateway slack, Background background, PromptMessages messages) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.background = background;
        this.messages = messages;
    }

    void request(String team, long promptId) {
        boolean[] start = {false};
        pending.compute(promptId, (id, n) -> {
            start[0] = n == null;
            return n == null ? 0 : n + 1;
        });
        if (start[0]) {
            if (!background.later("The answer count of prompt " + promptId, () -> drain(team, promptId))) {
                pending.remove(promptId);
                log.warn("Busy: the answer count of prompt {} is updated with the next answer", promptId);
            }
        }
    }

    private void drain(String team, long promptId) {
        do {
            update(team, promptId);
        } while (pending.compute(promptId, (id, n) -> n == null || n == 0 ? null : 0) != null);
    }

    private void update(String team, long promptId) {
        ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
        store.prompt(team, promptId).filter(p -> p.messageTs() != null).ifPresent(p -> {
            Message m = messages.prompt(p, store.answered(p.id()), store.anonymousAnswers(p.id()));
            try {
                slack.team(p.teamId()).update(p.channelId(), p.messageTs(), m.text(), m.blocks());
            } catch (SlackCallException e) {
                log.warn("Could not update the answer count on prompt {}: {}", p.id(), e.error());
            } catch (RuntimeException e) {
                log.error("Could not update the answer count on prompt {}", p.id(), e);
            }
        });
    }
}
