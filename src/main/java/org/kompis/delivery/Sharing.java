package org.kompis.delivery;

import java.util.function.LongSupplier;
import org.kompis.cluster.Replica;

/**
 * What the sender shares with other replicas: who this replica is (its claims carry the id) and the clock the
 * replicas agree on for a channel's second and for posting marks.
 */
record Sharing(Replica replica, LongSupplier wall) {
    String replicaId() {
        return replica.id();
    }

    long wallMillis() {
        return wall.getAsLong();
    }
}
