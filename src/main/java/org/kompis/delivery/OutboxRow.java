package org.kompis.delivery;

/** A row of {@code outbox}. Times are epoch milliseconds by the injected clock. */
public record OutboxRow(
        long id,
        String teamId,
        String runKey,
        String channelId,
        String threadTs,
        String kind,
        String ref,
        String status,
        String ts,
        String error,
        int attempts,
        long nextAttemptAt,
        long createdAt,
        Long claimedAt,
        Long sentAt) {}
