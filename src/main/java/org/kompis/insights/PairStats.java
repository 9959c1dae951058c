package org.kompis.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompis.insights.InsightsStore.PairAnswer;
import org.kompis.insights.InsightsStore.PairGroup;

/**
 * How pairs are matched, per week with a round: groups, the share across teams, the share of repeat meetings, and
 * the "did you meet?" answers (one per person; the rest have not answered). A week with fewer people in its rounds
 * than the gate allows shows nothing.
 */
public final class PairStats {
    private PairStats() {}

    /** One week's figures; every one is null when the week is hidden. Shares are whole percent. */
    public record Week(
            int index,
            Integer groups,
            Integer crossTeamPercent,
            Integer repeatPercent,
            Integer yes,
            Integer notYet,
            Integer wont,
            Integer unanswered) {
        public boolean hidden() {
            return groups == null;
        }
    }

    public static List<Week> of(List<PairGroup> groups, List<PairAnswer> answers, Weeks weeks, Gate gate) {
        Map<Long, Integer> weekOf = new HashMap<>();
        int[] n = new int[weeks.size()];
        int[] people = new int[weeks.size()];
        int[] cross = new int[weeks.size()];
        int[] repeat = new int[weeks.size()];
        int[][] said = new int[weeks.size()][3];
        for (PairGroup g : groups) {
            int i = weeks.indexOf(g.at());
            if (i < 0) {
                continue;
            }
            weekOf.put(g.id(), i);
            n[i]++;
            people[i] += g.members();
            cross[i] += g.differentTeams() ? 1 : 0;
            repeat[i] += g.firstMeeting() ? 0 : 1;
        }
        for (PairAnswer a : answers) {
            Integer i = weekOf.get(a.groupId());
            if (i != null) {
                said[i][
                        switch (a.answer()) {
                            case "yes" -> 0;
                            case "not_yet" -> 1;
                            default -> 2;
                        }]++;
            }
        }
        List<Week> out = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (n[i] == 0) {
                continue;
            }
            if (!gate.shows(people[i])) {
                out.add(new Week(i, null, null, null, null, null, null, null));
                continue;
            }
            int answered = said[i][0] + said[i][1] + said[i][2];
            out.add(new Week(
                    i,
                    n[i],
                    percent(cross[i], n[i]),
                    percent(repeat[i], n[i]),
                    said[i][0],
                    said[i][1],
                    said[i][2],
                    Math.max(0, people[i] - answered)));
        }
        return out;
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
