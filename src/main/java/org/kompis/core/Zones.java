package org.kompis.core;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kompis.i18n.Languages;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;

/** Where a workspace, a person and a channel are in time: their zone, today's date there, their holidays. */
public final class Zones {
    private final Workspaces workspaces;
    private final Directory directory;
    private final Languages languages;
    private final Clock clock;

    public Zones(Workspaces workspaces, Directory directory, Languages languages, Clock clock) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.languages = languages;
        this.clock = clock;
    }

    /** The workspace's time zone, from its settings. */
    public ZoneId zone(String teamId) {
        return workspaces.of(teamId).timeZone();
    }

    /** Today in the workspace's zone. */
    public LocalDate today(String teamId) {
        return Scheduler.today(clock, zone(teamId));
    }

    /** A person's time zone: their own in Slack, else their workspace's. */
    public ZoneId userZone(String teamId, String userId) {
        try {
            String tz = directory.user(teamId, userId).timeZone();
            if (tz != null && !tz.isBlank()) {
                return ZoneId.of(tz);
            }
        } catch (SlackCallException | DateTimeException e) {
            // no usable Slack time zone: the workspace's below
        }
        return zone(teamId);
    }

    /**
     * The public holidays a channel's schedules skip: its language names the country (nb Norway, sv Sweden), else
     * the workspace's calendar.
     */
    public Holidays channelHolidays(String teamId, String channelId) {
        return switch (languages.ofChannel(teamId, channelId)) {
            case NB -> Holidays.NORWAY;
            case SV -> Holidays.SWEDEN;
            case EN -> workspaces.of(teamId).holidays();
        };
    }
}
