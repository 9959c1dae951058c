package org.kompis.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.slack.Directory;

/** The numbers that moved in a manager's channels: for the App Home section and the monthly report. */
final class Summary {
    private final Jdbi jdbi;
    private final Directory directory;
    private final Clock clock;
    private final Function<String, ZoneId> zoneOf;
    private final Gate gate;

    /** @param zoneOf each workspace's zone, the one its weeks are counted in */
    Summary(Jdbi jdbi, Directory directory, Clock clock, Function<String, ZoneId> zoneOf, Gate gate) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.clock = clock;
        this.zoneOf = zoneOf;
        this.gate = gate;
    }

    List<Movers.Move> moves(String team, String user, int n) {
        ZoneId zone = zoneOf.apply(team);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Weeks weeks = Movers.weeks(today, zone);
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        Map<String, int[]> sums = new HashMap<>();
        for (String channel : directory.userChannels(team, user)) {
            Movers.add(sums, Report.load(store, team, channel, weeks, today, gate));
        }
        return Movers.top(sums, n);
    }
}
