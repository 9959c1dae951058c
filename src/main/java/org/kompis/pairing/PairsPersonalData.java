package org.kompis.pairing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/**
 * A person's pairs data: profile, pool memberships, pairing history, answers, what they learned and buddy links
 * go. Groups and rounds stay for the others in them; only the person's seat is removed.
 */
final class PairsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int profile =
                Rows.count(h, "select count(*) from pairs_profiles where team_id = ? and user_id = ?", team, user);
        int groups = Rows.count(
                h,
                "select count(*) from pairs_group_members m join pairs_groups g on g.id = m.group_id where g.team_id = ? and m.user_id = ?",
                team,
                user);
        int learned =
                Rows.count(h, "select count(*) from pairs_learnings where team_id = ? and user_id = ?", team, user);
        return profile + groups + learned == 0
                ? List.of()
                : List.of(t.t("privacy.data.pairs", profile, groups, learned));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "pairs_profile",
                Rows.of(
                        h,
                        "select unit, can_help, wants_to_learn, prefers_three, languages, rather_not, is_private from pairs_profiles where team_id = ? and user_id = ?",
                        team,
                        user));
        out.put("pairs_pools", Rows.of(h, "select * from pairs_members where team_id = ? and user_id = ?", team, user));
        out.put(
                "pairs_groups",
                Rows.of(
                        h,
                        "select g.channel_id, g.round_id, (select group_concat(o.user_id, ' ') from pairs_group_members o where o.group_id = g.id) as members from pairs_group_members m join pairs_groups g on g.id = m.group_id where g.team_id = ? and m.user_id = ?",
                        team,
                        user));
        out.put(
                "pairs_learnings",
                Rows.of(
                        h,
                        "select channel_id, text, shared, created_at from pairs_learnings where team_id = ? and user_id = ?",
                        team,
                        user));
        out.put(
                "pairs_buddies",
                Rows.of(
                        h,
                        "select channel_id, newcomer, buddy, assigned_at from pairs_buddies where team_id = ? and (newcomer = ? or buddy = ?)",
                        team,
                        user,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        Rows.update(h, "delete from pairs_profiles where team_id = ? and user_id = ?", team, user);
        Rows.update(h, "delete from pairs_members where team_id = ? and user_id = ?", team, user);
        Rows.update(h, "delete from pairs_learnings where team_id = ? and user_id = ?", team, user);
        Rows.update(
                h,
                "delete from pairs_answers where user_id = ? and group_id in (select id from pairs_groups where team_id = ?)",
                user,
                team);
        Rows.update(
                h,
                "delete from pairs_group_members where user_id = ? and group_id in (select id from pairs_groups where team_id = ?)",
                user,
                team);
        Rows.update(h, "delete from pairs_meetings where team_id = ? and (a = ? or b = ?)", team, user, user);
        Rows.update(h, "delete from pairs_buddies where team_id = ? and (newcomer = ? or buddy = ?)", team, user, user);
        Rows.update(h, "update pairs_rounds set created_by = null where team_id = ? and created_by = ?", team, user);
        Rows.update(
                h,
                "update pairs_buddy_settings set updated_by = null where team_id = ? and updated_by = ?",
                team,
                user);
        // Comma-separated lists of ids inside other people's rows: the volunteers a channel named, the people someone
        // would rather not meet.
        Rows.update(
                h,
                "update pairs_buddy_settings set volunteers = trim(replace(',' || volunteers || ',', ',' || ? || ',', ','), ',') where team_id = ?",
                user,
                team);
        forgetInHelpLines(h, team, user);
        Rows.update(
                h,
                "update pairs_profiles set rather_not = trim(replace(',' || rather_not || ',', ',' || ? || ',', ','), ',') where team_id = ?",
                user,
                team);
    }

    /** A group's stored reasons ("helper learner topic" per line) lose every line that names the person. */
    private static void forgetInHelpLines(Handle h, String team, String user) {
        for (Map<String, Object> row : Rows.of(
                h, "select id, help from pairs_groups where team_id = ? and help like ?", team, "%" + user + "%")) {
            String kept = ((String) row.get("help"))
                    .lines()
                    .filter(line -> !List.of(line.split(" ")).contains(user))
                    .collect(java.util.stream.Collectors.joining("\n"));
            Rows.update(h, "update pairs_groups set help = ? where id = ?", kept, row.get("id"));
        }
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(h, "delete from pairs_rounds where team_id = ? and created_at < ?", teamId, cutoff);
    }
}
