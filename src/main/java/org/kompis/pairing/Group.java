package org.kompis.pairing;

import java.util.List;

/**
 * One pair or the trio, with the facts an intro message can cite.
 *
 * @param members user ids, sorted
 * @param weight the group's {@link PairWeights#groupWeight(int...)}, without tie-break noise
 * @param sharedLanguages languages every member speaks, sorted
 * @param help who can help whom with what, inside the group
 * @param firstMeeting no two members have met in an earlier round
 * @param differentTeams every member's team is known and differs from the others'
 */
public record Group(
        List<String> members,
        double weight,
        List<String> sharedLanguages,
        List<Help> help,
        boolean firstMeeting,
        boolean differentTeams) {

    /** {@code helper} can help {@code learner} with {@code topic}. */
    public record Help(String helper, String learner, String topic) {}

    public Group {
        members = List.copyOf(members);
        sharedLanguages = List.copyOf(sharedLanguages);
        help = List.copyOf(help);
    }
}
