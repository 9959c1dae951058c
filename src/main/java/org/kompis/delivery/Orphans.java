package org.kompis.delivery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a replica that stopped (killed, crashed, or this database's last process) left "sending". Rows it claimed but
 * never sent to Slack go out again: nobody saw them. Rows whose request had gone out without the answer recorded
 * may or may not be in the channel, and chat.postMessage has no idempotency key: they are failed as uncertain and
 * their rituals told (which tell a person), never posted again blindly.
 */
final class Orphans {
    private static final Logger log = LoggerFactory.getLogger(Orphans.class);

    record Taken(int requeued, int uncertain) {
        int total() {
            return requeued + uncertain;
        }
    }

    private final Jdbi jdbi;
    private final Sharing sharing;
    private final Map<String, Delivery> deliveries;
    private final Executor callbacks;

    Orphans(Jdbi jdbi, Sharing sharing, Map<String, Delivery> deliveries, Executor callbacks) {
        this.jdbi = jdbi;
        this.sharing = sharing;
        this.deliveries = deliveries;
        this.callbacks = callbacks;
    }

    /** Takes over the rows of replicas that are gone; {@code now} by the bookkeeping clock. */
    Taken takeOver(long now) {
        String me = sharing.replicaId();
        long aliveSince = sharing.replica().aliveSince();
        List<OutboxRow> uncertain =
                jdbi.inTransaction(h -> h.attach(OutboxStore.class).failUncertain(me, aliveSince));
        int requeued = jdbi.withHandle(h -> h.attach(OutboxStore.class).requeueUnposted(now, me, aliveSince));
        if (requeued > 0) {
            log.info(
                    "Outbox: {} claimed post(s) of a stopped replica had not gone to Slack; they go out now", requeued);
        }
        if (!uncertain.isEmpty()) {
            log.warn(
                    "Outbox: {} post(s) were on their way to Slack when their replica stopped; they may or may not be "
                            + "in their channels, so they are not posted again and their rituals are told",
                    uncertain.size());
        }
        for (OutboxRow row : uncertain) {
            Delivery delivery = deliveries.get(row.kind());
            if (delivery != null) {
                callbacks.execute(() -> tell(delivery, row));
            }
        }
        return new Taken(requeued, uncertain.size());
    }

    private static void tell(Delivery delivery, OutboxRow row) {
        try {
            delivery.failed(row, OutboxStore.UNCERTAIN);
        } catch (RuntimeException e) {
            log.error("Outbox row {}: the {} failure handler failed", row.id(), row.kind(), e);
        }
    }

    /** A clean stop: this replica's claims that never went to Slack are handed back at once. */
    void release() {
        try {
            int released = jdbi.withHandle(h -> h.attach(OutboxStore.class).release(sharing.replicaId()));
            if (released > 0) {
                log.info("Outbox: handed back {} claimed post(s) not yet sent", released);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox: could not hand back the claimed posts; another replica takes them over later", e);
        }
    }
}
