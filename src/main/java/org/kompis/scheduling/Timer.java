package org.kompis.scheduling;

import java.time.Instant;

/** A row of {@code timers}: one thing to do once at a time (a reminder, a follow-up, the end of a round). */
public record Timer(long id, String teamId, String kind, String ref, long dueAt, Long firedAt) {
    public Instant due() {
        return Instant.ofEpochMilli(dueAt);
    }
}
