package org.kompis.lessons;

import java.util.Objects;
import java.util.Set;

/**
 * The person searching: their user id and the channels they are a member of right now (fetched by the Slack side;
 * membership is what opens a private channel's lessons, so pass it fresh, not from a long-lived cache).
 */
public record Viewer(String userId, Set<String> channelIds) {
    public Viewer {
        Objects.requireNonNull(userId, "userId");
        channelIds = channelIds == null ? Set.of() : Set.copyOf(channelIds);
    }
}
