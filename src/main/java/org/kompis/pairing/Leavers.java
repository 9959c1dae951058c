package org.kompis.pairing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Someone whose Slack account was deactivated ({@code user_change} with {@code deleted}), or who became a guest while
 * guests are left out of pairing, leaves every pairs pool and every buddy volunteer list of the workspace at once, so
 * no round pairs a colleague with someone who cannot answer or should not be in a group DM. What they wrote follows
 * the privacy rules like anyone's: it stays until the retention period removes it.
 */
final class Leavers {
    private final Jdbi jdbi;

    Leavers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void left(String team, String user) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from pairs_members where team_id = :t and user_id = :u")
                    .bind("t", team)
                    .bind("u", user)
                    .execute();
            List<String[]> lists = h.createQuery(
                            "select channel_id, volunteers from pairs_buddy_settings where team_id = :t")
                    .bind("t", team)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .list();
            for (String[] list : lists) {
                List<String> volunteers = Tags.split(list[1]);
                if (volunteers.contains(user)) {
                    h.createUpdate("update pairs_buddy_settings set volunteers = :v "
                                    + "where team_id = :t and channel_id = :c")
                            .bind(
                                    "v",
                                    Tags.join(volunteers.stream()
                                            .filter(v -> !v.equals(user))
                                            .toList()))
                            .bind("t", team)
                            .bind("c", list[0])
                            .execute();
                }
            }
        });
    }
}
