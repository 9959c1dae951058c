package org.kompis.sixhats;

/** A row of {@code sixhats_participants}; {@code groupNo} (from 1) and {@code hat} are null until they are dealt. */
public record Participant(
        long id, long exerciseId, String teamId, String userId, Integer groupNo, String hat, long joinedAt) {

    public Hat hatValue() {
        return hat == null ? null : Hat.valueOf(hat.toUpperCase(java.util.Locale.ROOT));
    }
}
