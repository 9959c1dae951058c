package org.kompis.pairing;

import java.util.ArrayList;
import java.util.List;

/** A row of {@code pairs_groups}: a pair or the trio of one round, and where it talks. */
public record RoundGroup(
        long id,
        long roundId,
        String teamId,
        String channelId,
        int groupNo,
        String lang,
        String help,
        boolean firstMeeting,
        boolean differentTeams,
        String dmChannelId,
        String introTs,
        String followupTs,
        boolean windowClosed) {

    /** The stored "helper learner topic" lines. */
    public List<Group.Help> helpLines() {
        List<Group.Help> out = new ArrayList<>();
        for (String line : help.split("\n")) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3) {
                out.add(new Group.Help(parts[0], parts[1], parts[2]));
            }
        }
        return out;
    }

    /** The help lines as stored; topics are tags, which never contain a line break. */
    static String helpText(List<Group.Help> help) {
        StringBuilder sb = new StringBuilder();
        for (Group.Help h : help) {
            sb.append(sb.length() == 0 ? "" : "\n")
                    .append(h.helper())
                    .append(' ')
                    .append(h.learner())
                    .append(' ')
                    .append(h.topic());
        }
        return sb.toString();
    }
}
