package org.kompis.pairing;

import java.time.Instant;

/** A row of {@code pairs_rounds}. status: claimed (matching under way), matched, or too_few (under two people). */
public record Round(
        long id,
        String teamId,
        String channelId,
        int roundNo,
        String runKey,
        long roundAt,
        String createdBy,
        String status,
        String solver,
        Integer people,
        String announceTs,
        long createdAt) {

    public boolean matched() {
        return "matched".equals(status);
    }

    public boolean claimed() {
        return "claimed".equals(status);
    }

    public Instant at() {
        return Instant.ofEpochMilli(roundAt);
    }
}
