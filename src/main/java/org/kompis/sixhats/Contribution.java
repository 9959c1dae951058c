package org.kompis.sixhats;

/** A row of {@code sixhats_contributions}: keywords one person wrote under one hat. */
public record Contribution(
        long id,
        long exerciseId,
        String teamId,
        String userId,
        String hat,
        String text,
        String viewId,
        String replyTs,
        long createdAt) {

    public Hat hatValue() {
        return Hat.valueOf(hat.toUpperCase(java.util.Locale.ROOT));
    }
}
