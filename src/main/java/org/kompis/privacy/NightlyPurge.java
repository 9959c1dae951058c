package org.kompis.privacy;

import java.time.Clock;
import java.time.Duration;
import org.kompis.core.Privacy;
import org.kompis.core.Workspaces;
import org.kompis.core.Zones;
import org.kompis.scheduling.Scheduler;
import org.kompis.scheduling.Timer;

/**
 * The retention purge, each workspace in its own night: a workspace's timer deletes what it keeps longer than its
 * retention at 03:15 in its zone, then arms the next night. A daily sweep finds the workspaces that have rows but no
 * purge armed yet (new since the last sweep, or whose retention was 0 until now), purges each once at once, and arms
 * its nights. README > Each workspace's own settings.
 */
final class NightlyPurge {
    private static final Duration SWEEP_EVERY = Duration.ofDays(1);

    private final Scheduler scheduler;
    private final Privacy privacy;
    private final Workspaces workspaces;
    private final Zones zones;
    private final Clock clock;
    private final int fileRetentionDays;

    /** @param fileRetentionDays the file's {@code retention_days}: above 0, every workspace may need a purge */
    NightlyPurge(
            Scheduler scheduler,
            Privacy privacy,
            Workspaces workspaces,
            Zones zones,
            Clock clock,
            int fileRetentionDays) {
        this.scheduler = scheduler;
        this.privacy = privacy;
        this.workspaces = workspaces;
        this.zones = zones;
        this.clock = clock;
        this.fileRetentionDays = fileRetentionDays;
    }

    void install() {
        scheduler.onTimer(Privacy.PURGE_TIMER, this::fired);
        // A workspace's own retention (set in /kompis settings) arms that workspace's purge itself.
        if (fileRetentionDays > 0
                && scheduler.due(Privacy.PURGE_TIMER, Privacy.SWEEP).isEmpty()) {
            scheduler.at("*", Privacy.PURGE_TIMER, Privacy.SWEEP, clock.instant());
        }
    }

    private void fired(Timer timer) {
        if (Privacy.SWEEP.equals(timer.ref())) {
            sweep();
        } else {
            night(timer.ref());
        }
    }

    private void night(String team) {
        int days = workspaces.of(team).retentionDays();
        privacy.purge(team, days, clock.millis());
        if (days > 0) {
            Privacy.armPurge(scheduler, clock, team, zones.zone(team), false);
        }
    }

    private void sweep() {
        for (String team : privacy.teams()) {
            // "*" holds what belongs to no one workspace, such as this very timer.
            if (!team.equals("*")
                    && scheduler.due(Privacy.PURGE_TIMER, team).isEmpty()
                    && workspaces.of(team).retentionDays() > 0) {
                night(team);
            }
        }
        if (fileRetentionDays > 0) {
            scheduler.at(
                    "*", Privacy.PURGE_TIMER, Privacy.SWEEP, clock.instant().plus(SWEEP_EVERY));
        }
    }
}
