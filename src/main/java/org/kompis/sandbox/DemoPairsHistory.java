package org.kompis.sandbox;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The demo history's learning pairs: a round a week with its groups and "did you meet?" answers. */
final class DemoPairsHistory {
    private DemoPairsHistory() {}

    /** A pair (Kari, Sven) and a trio (Ola, Astrid, Ingrid) each round; "did you meet?" answers vary. */
    static void pairs(Handle h, int k, long at) {
        long round = h.createUpdate(
                        "insert into pairs_rounds(team_id, channel_id, round_no, run_key, round_at, status, "
                                + "people, created_at) values (?, ?, ?, ?, ?, 'matched', 5, ?)")
                .bind(0, Demo.TEAM)
                .bind(1, Demo.GENERAL)
                .bind(2, 9 - k)
                .bind(3, "demo:" + k)
                .bind(4, at)
                .bind(5, at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        long pair = group(h, round, 1, true, k != 4, "U0KARI", "U0SVEN");
        long trio = group(h, round, 2, k == 8, true, "U0OLA", "U0ASTRID", Demo.MANAGER);
        Map<Integer, String[]> said = Map.of(
                8,
                new String[] {"yes", "yes", "yes", "not_yet"},
                6,
                new String[] {"yes", null, "wont", null},
                4,
                new String[] {"not_yet", null, "yes", "yes"},
                2,
                new String[] {null, null, null, null});
        String[] a = said.get(k);
        answer(h, pair, "U0KARI", a[0]);
        answer(h, pair, "U0SVEN", a[1]);
        answer(h, trio, "U0OLA", a[2]);
        answer(h, trio, "U0ASTRID", a[3]);
    }

    private static long group(Handle h, long round, int no, boolean cross, boolean first, String... members) {
        long id = h.createUpdate(
                        "insert into pairs_groups(round_id, team_id, channel_id, group_no, lang, first_meeting, "
                                + "different_teams) values (?, ?, ?, ?, 'nb', ?, ?)")
                .bind(0, round)
                .bind(1, Demo.TEAM)
                .bind(2, Demo.GENERAL)
                .bind(3, no)
                .bind(4, first ? 1 : 0)
                .bind(5, cross ? 1 : 0)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (String m : members) {
            h.execute("insert into pairs_group_members(group_id, user_id) values (?, ?)", id, m);
        }
        return id;
    }

    private static void answer(Handle h, long group, String user, String answer) {
        if (answer != null) {
            h.execute(
                    "insert into pairs_answers(group_id, user_id, answer, answered_at) values (?, ?, ?, 0)",
                    group,
                    user,
                    answer);
        }
    }
}
