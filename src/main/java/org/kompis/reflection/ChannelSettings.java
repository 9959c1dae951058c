package org.kompis.reflection;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A row of {@code reflection_channels}: how a channel wants its reflection (when is in its schedule). */
public record ChannelSettings(
        String teamId,
        String channelId,
        boolean anonymity,
        String themes,
        String timeZone,
        String updatedBy,
        long updatedAt) {

    static ChannelSettings defaults(String teamId, String channelId) {
        return new ChannelSettings(teamId, channelId, true, null, null, null, 0);
    }

    /** The themes the channel chose; empty means every theme. */
    Set<String> themeSet() {
        Set<String> out = new LinkedHashSet<>();
        if (themes != null) {
            Arrays.stream(themes.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .forEach(out::add);
        }
        return out;
    }
}
