package org.kompis.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Scheduler;

/**
 * Who gets the monthly learning report. The report runs once a month per workspace (the first Monday, 09:00 in
 * the workspace's zone) as a schedule row, so it survives restarts and runs once whichever replica fires it.
 */
public final class Subscriptions {
    public static final String RITUAL = "insights";
    /** The workspace-wide schedule has no channel of its own. */
    public static final String ALL = "*";

    private final Jdbi jdbi;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Function<String, ZoneId> zoneOf;

    /** @param zoneOf each workspace's zone, the one its report's Monday 09:00 is in */
    public Subscriptions(Jdbi jdbi, Scheduler scheduler, Clock clock, Function<String, ZoneId> zoneOf) {
        this.jdbi = jdbi;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zoneOf = zoneOf;
    }

    public boolean subscribed(String team, String user) {
        return jdbi.onDemand(InsightsStore.class).subscribed(team, user);
    }

    public void set(String team, String user, boolean on) {
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        if (!on) {
            store.unsubscribe(team, user);
            return;
        }
        store.subscribe(team, user, clock.millis());
        if (scheduler.find(team, RITUAL, ALL).isEmpty()) {
            scheduler.save(team, RITUAL, ALL, monthly(zoneOf.apply(team)), user);
        }
    }

    static Recurrence monthly(ZoneId zone) {
        return new Recurrence("0 0 9 ? * MON#1", zone, 1, Holidays.NONE, LocalDate.of(2024, 1, 1));
    }
}
