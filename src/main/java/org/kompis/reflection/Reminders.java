package org.kompis.reflection;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.Post;
import org.kompis.scheduling.Timer;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reminder, in the prompt's thread (never by DM), and only when fewer than half of the channel's members
 * have answered. It goes through the outbox like the prompt, keyed by the prompt, so it is posted at most once.
 */
final class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Outbox outbox;

    Reminders(Jdbi jdbi, SlackGateway slack, Outbox outbox) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.outbox = outbox;
    }

    void run(Timer timer) {
        ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
        PromptRow p = store.prompt(timer.teamId(), Long.parseLong(timer.ref())).orElse(null);
        if (p == null || p.messageTs() == null) {
            log.info("No reminder for prompt {}: it was never posted", timer.ref());
            return;
        }
        List<String> members = slack.team(p.teamId()).channelMembers(p.channelId());
        int answered = store.answered(p.id());
        if (answered * 2 >= members.size()) {
            log.info("No reminder for prompt {}: {} of {} members answered", p.id(), answered, members.size());
            return;
        }
        outbox.enqueue(new Post(
                p.teamId(),
                "reflect-remind:" + p.id(),
                p.channelId(),
                p.messageTs(),
                ReflectionRuns.REMINDER,
                String.valueOf(p.id())));
    }
}
