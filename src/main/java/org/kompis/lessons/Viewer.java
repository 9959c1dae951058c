package org.kompis.lessons;

import java.util.Objects;
import java.util.Set;

/**
 * The person searching: their user id and the channels they are a member of right now (fetched by the Slack side;
 * membership is what opens a private channel's lessons, so pass it fresh, not from a long-lived cache). An
 * {@code outsider} (a guest, or someone from another organisation) sees only the lessons of channels they are in and
 * their own, never public or workspace-wide ones.
 */
public record Viewer(String userId, Set<String> channelIds, boolean outsider) {
    public Viewer {
        Objects.requireNonNull(userId, "userId");
        channelIds = channelIds == null ? Set.of() : Set.copyOf(channelIds);
    }

    /** A member of the workspace: they also see what is public and what was shared with the whole workspace. */
    public Viewer(String userId, Set<String> channelIds) {
        this(userId, channelIds, false);
    }
}
