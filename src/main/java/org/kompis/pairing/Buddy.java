package org.kompis.pairing;

/** A row of {@code pairs_buddies}: the buddy a newcomer got in a channel, and their group DM. */
public record Buddy(
        long id,
        String teamId,
        String channelId,
        String newcomer,
        String buddy,
        String lang,
        long assignedAt,
        String dmChannelId,
        String introTs) {}
