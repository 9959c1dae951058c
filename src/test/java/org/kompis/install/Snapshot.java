package org.kompis.install;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/** Every row of every table, as text, to tell what a run of requests changed. */
final class Snapshot {
    /** Tables a request may touch whoever sends it: deduplication, claims, replicas' check-ins, OAuth states. */
    static final Set<String> HOUSEKEEPING = Set.of(
            "slack_events",
            "event_inbox",
            "claims",
            "health_probe",
            "replicas",
            "oauth_states",
            "workspace_orgs",
            "flyway_schema_history",
            "insight_logins",
            "request_replays",
            // Term counts for search ranking over every workspace's lessons together (PostgreSQL): no one's row.
            "lesson_term_docs",
            "lesson_term_docs_refreshed");

    /** Tables without a team of their own, and the column and table that give it: a review's participants. */
    private static final Map<String, String[]> PARENTS = Map.of(
            "aar_participants", new String[] {"review_id", "aar_reviews"},
            "pairs_group_members", new String[] {"group_id", "pairs_groups"},
            "pairs_answers", new String[] {"group_id", "pairs_groups"},
            "schedule_runs", new String[] {"schedule_id", "schedules"});

    private final Map<String, Set<String>> rows = new TreeMap<>();
    private final Map<String, String> teamOfParent = new TreeMap<>();
    private final Map<String, Boolean> tenanted = new TreeMap<>();

    static Snapshot of(Jdbi jdbi) {
        Snapshot s = new Snapshot();
        jdbi.useHandle(h -> {
            Map<String, Boolean> tables = new TreeMap<>();
            try (ResultSet rs = h.getConnection().getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.put(rs.getString("TABLE_NAME"), false);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try (ResultSet rs = h.getConnection().getMetaData().getColumns(null, null, "%", "team_id")) {
                while (rs.next()) {
                    tables.computeIfPresent(rs.getString("TABLE_NAME"), (k, v) -> true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            tables.forEach((table, hasTeam) -> {
                if (table.startsWith("sqlite_") || table.contains("_fts") || HOUSEKEEPING.contains(table)) {
                    return;
                }
                s.tenanted.put(table, hasTeam);
                Set<String> set = new TreeSet<>();
                h.createQuery("select * from " + table).mapToMap().forEach(r -> {
                    set.add(new TreeMap<>(r).toString());
                    if (hasTeam && r.get("id") != null) {
                        s.teamOfParent.put(table + "/" + r.get("id"), String.valueOf(r.get("team_id")));
                    }
                });
                s.rows.put(table, set);
            });
        });
        return s;
    }

    /** Rows added, changed or removed since {@code before} that are not workspace {@code team}'s own. */
    List<String> changesOutside(Snapshot before, String team) {
        List<String> out = new ArrayList<>();
        rows.forEach((table, now) -> {
            Set<String> then = before.rows.getOrDefault(table, Set.of());
            Set<String> gone = new TreeSet<>(then);
            gone.removeAll(now);
            Set<String> added = new TreeSet<>(now);
            added.removeAll(then);
            for (String r : gone) {
                if (!ownedBy(table, r, team)) {
                    out.add(table + " lost " + r);
                }
            }
            for (String r : added) {
                if (!ownedBy(table, r, team)) {
                    out.add(table + " gained " + r);
                }
            }
        });
        return out;
    }

    private boolean ownedBy(String table, String row, String team) {
        if (PARENTS.containsKey(table)) {
            String[] parent = PARENTS.get(table);
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile(parent[0] + "=(\\d+)").matcher(row);
            return m.find() && team.equals(teamOfParent.get(parent[1] + "/" + m.group(1)));
        }
        return tenanted.get(table) && (row.contains("team_id=" + team + ",") || row.endsWith("team_id=" + team + "}"));
    }

    /** How many rows of {@code table} mention {@code text}. */
    long mentioning(String table, String text) {
        return rows.getOrDefault(table, Set.of()).stream()
                .filter(r -> r.contains(text))
                .count();
    }
}
