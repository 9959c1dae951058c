package org.kompis.delivery;

import java.util.function.LongSupplier;
import org.kompis.cluster.Replica;

/**
 * What the sender shares with other replicas: who this replica is (its claims carry the id), the clock the replicas
 * agree on for pacing, and, on PostgreSQL, the workspace rates ({@code rate} is null on SQLite, where one process
 * paces on its own).
 */
record Sharing(Replica replica, LongSupplier wall, SharedRate rate) {
    String replicaId() {
        return replica.id();
    }

    long wallMillis() {
        return wall.getAsLong();
    }

    boolean shared() {
        return rate != null;
    }
}
