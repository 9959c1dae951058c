package org.kompis.pairing;

import java.util.List;

/** A row of {@code pairs_buddy_settings}: whether a channel gives newcomers a buddy, and who volunteers. */
public record BuddySettings(
        String teamId, String channelId, boolean enabled, String volunteers, String updatedBy, long updatedAt) {

    public List<String> volunteerIds() {
        return Tags.split(volunteers);
    }
}
