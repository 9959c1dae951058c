package org.kompis.install;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Enterprise Grid: each channel of an org has one home workspace ({@code org_channels}), the first of the org that
 * used it, recorded once for every replica by the table's key; a channel shared between workspaces of the org is
 * then one channel, its rows under the home. A home never changes, so it is kept in memory once read. Forms opened
 * for a home are remembered ({@code org_forms}) for a day: their submission names no channel.
 */
public final class OrgChannels {
    private static final Duration FORMS_KEPT = Duration.ofDays(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, String> homes = new ConcurrentHashMap<>();

    public OrgChannels(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The home of {@code channel} in org {@code enterprise}; {@code team} if no workspace of the org used it yet. */
    public String home(String enterprise, String channel, String team) {
        String key = enterprise + "/" + channel;
        String known = homes.get(key);
        if (known != null) {
            return known;
        }
        String home = jdbi.inTransaction(h -> {
            h.createUpdate("""
                    insert into org_channels(enterprise_id, channel_id, home_team, first_seen)
                    values (:e, :c, :t, :now) on conflict(enterprise_id, channel_id) do nothing""")
                    .bind("e", enterprise)
                    .bind("c", channel)
                    .bind("t", team)
                    .bind("now", clock.millis())
                    .execute();
            return homeOf(h, enterprise, channel);
        });
        homes.put(key, home);
        return home;
    }

    /**
     * The channel's home uninstalled Kompis: {@code team}, a workspace of the org that has it, becomes the home, once
     * for every replica (only over the home that left). The old home's rows stay, under its uninstall policy.
     */
    public String moveHome(String enterprise, String channel, String gone, String team) {
        String home = jdbi.inTransaction(h -> {
            h.createUpdate("""
                    update org_channels set home_team = :t
                    where enterprise_id = :e and channel_id = :c and home_team = :gone""")
                    .bind("e", enterprise)
                    .bind("c", channel)
                    .bind("gone", gone)
                    .bind("t", team)
                    .execute();
            return homeOf(h, enterprise, channel);
        });
        homes.put(enterprise + "/" + channel, home);
        return home;
    }

    private static String homeOf(Handle h, String enterprise, String channel) {
        return h.createQuery("select home_team from org_channels where enterprise_id = :e and channel_id = :c")
                .bind("e", enterprise)
                .bind("c", channel)
                .mapTo(String.class)
                .one();
    }

    /** Remembers that form {@code viewId} was opened for {@code home}, a shared channel's home in the org. */
    public void formOpened(String viewId, String enterprise, String home) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from org_forms where opened_at < :old")
                    .bind("old", now - FORMS_KEPT.toMillis())
                    .execute();
            h.createUpdate("""
                    insert into org_forms(view_id, enterprise_id, home_team, opened_at) values (:v, :e, :t, :now)
                    on conflict(view_id) do nothing""")
                    .bind("v", viewId)
                    .bind("e", enterprise)
                    .bind("t", home)
                    .bind("now", now)
                    .execute();
        });
    }

    /** The home a form of org {@code enterprise} was opened for, if it was opened for a shared channel's home. */
    public Optional<String> formHome(String viewId, String enterprise) {
        if (viewId == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(
                h -> h.createQuery("select home_team from org_forms where view_id = :v and enterprise_id = :e")
                        .bind("v", viewId)
                        .bind("e", enterprise)
                        .mapTo(String.class)
                        .findOne());
    }
}
