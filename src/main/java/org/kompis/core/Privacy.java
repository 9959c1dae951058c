package org.kompis.core;

import com.google.gson.GsonBuilder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;

/** Every {@link PersonalData} part together: what is stored about a person, their export, their deletion. */
public final class Privacy {
    /**
     * The retention purge's timers: one per workspace (its team id as ref), at night in that workspace's zone, and
     * one daily sweep ({@link #SWEEP}) that arms the purge of a workspace that has none yet.
     */
    public static final String PURGE_TIMER = "privacy.purge";

    /** The sweep's ref; "nightly" because a timer armed before there was one purge per workspace becomes the sweep. */
    public static final String SWEEP = "nightly";

    private final Jdbi jdbi;
    private final List<PersonalData> parts = new CopyOnWriteArrayList<>();

    public Privacy(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void add(PersonalData part) {
        parts.add(part);
    }

    public List<String> describe(String teamId, String userId, Texts t) {
        return jdbi.withHandle(h -> {
            List<String> lines = new ArrayList<>();
            for (String team : personsTeams(h, teamId)) {
                parts.forEach(p -> lines.addAll(p.describe(h, team, userId, t)));
            }
            // The same choice in two workspaces of an org reads the same: once is enough.
            return lines.stream().distinct().toList();
        });
    }

    /** The person's data as pretty-printed JSON, one key per table. */
    public String exportJson(String teamId, String userId) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(export(teamId, userId));
    }

    /** The person's data, one key per table (a list of rows as column to value), as stored. */
    public Map<String, Object> export(String teamId, String userId) {
        return jdbi.withHandle(h -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("team_id", teamId);
            out.put("user_id", userId);
            parts.forEach(p -> out.putAll(p.export(h, teamId, userId)));
            List<String> teams = personsTeams(h, teamId);
            for (String team : teams.subList(1, teams.size())) {
                // The same person in another workspace of the org: their rows there join this workspace's.
                parts.forEach(
                        p -> p.export(h, team, userId).forEach((table, rows) -> out.merge(table, rows, Privacy::both)));
            }
            return out;
        });
    }

    /** Forgets the person everywhere, in one transaction: all of it, or none of it. */
    public void forget(String teamId, String userId) {
        jdbi.useTransaction(h -> {
            for (String team : personsTeams(h, teamId)) {
                parts.forEach(p -> p.forget(h, team, userId));
            }
        });
    }

    /**
     * The workspaces a person's data is in: {@code teamId}, and with Enterprise Grid every workspace of its org Kompis
     * has seen ({@code workspace_orgs}), since a Grid user id is the same person in all of them. The export and
     * "Delete my data" cover the person, not one workspace of them.
     */
    private static List<String> personsTeams(Handle h, String teamId) {
        List<String> teams = new ArrayList<>();
        teams.add(teamId);
        teams.addAll(h.createQuery(ORG_TEAMS)
                .bind("team", teamId)
                .mapTo(String.class)
                .list());
        return teams;
    }

    private static final String ORG_TEAMS = """
            select o.team_id from workspace_orgs o join workspace_orgs me on me.enterprise_id = o.enterprise_id
            where me.team_id = :team and o.team_id <> :team order by o.team_id""";

    private static Object both(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> all = new ArrayList<>(x);
            all.addAll(y);
            return all;
        }
        return a;
    }

    /** Deletes what is older than {@code cutoffMillis} in every workspace, whatever its retention. */
    public void purge(long cutoffMillis) {
        for (String team : teams()) {
            jdbi.useTransaction(h -> parts.forEach(p -> p.purge(h, team, cutoffMillis)));
        }
    }

    /** Deletes what {@code teamId} keeps longer than {@code retentionDays} (0: nothing), in one transaction. */
    public void purge(String teamId, int retentionDays, long nowMillis) {
        if (retentionDays > 0) {
            long cutoff = nowMillis - retentionDays * 86_400_000L;
            jdbi.useTransaction(h -> parts.forEach(p -> p.purge(h, teamId, cutoff)));
        }
    }

    /**
     * Arms {@code teamId}'s purge at 03:15 of the next night in {@code zone}, the workspace's own. With
     * {@code keepPending}, a purge still pending is kept, so one that was due while Kompis was down runs at once;
     * before, every restart moved it to the next night, and frequent restarts meant no purge.
     */
    public static void armPurge(Scheduler scheduler, Clock clock, String teamId, ZoneId zone, boolean keepPending) {
        if (keepPending && scheduler.due(PURGE_TIMER, teamId).isPresent()) {
            return;
        }
        ZonedDateTime next =
                ZonedDateTime.of(LocalDate.now(clock.withZone(zone)).plusDays(1), LocalTime.of(3, 15), zone);
        scheduler.at(teamId, PURGE_TIMER, teamId, next.toInstant());
    }

    /** Every workspace with a row anywhere: whichever tables have a {@code team_id}, found in the schema itself. */
    public List<String> teams() {
        return jdbi.withHandle(h -> {
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = h.getConnection().getMetaData().getColumns(null, null, "%", "team_id")) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read which tables hold workspaces", e);
            }
            if (tables.isEmpty()) {
                return List.<String>of();
            }
            String union = tables.stream().map(t -> "select team_id from " + t).collect(Collectors.joining(" union "));
            return h.createQuery(union).mapTo(String.class).list().stream()
                    .filter(t -> t != null && !t.isEmpty())
                    .toList();
        });
    }
}
