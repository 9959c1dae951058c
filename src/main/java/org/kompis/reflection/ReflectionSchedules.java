package org.kompis.reflection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Optional;
import org.kompis.core.Kit;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Schedule;

/**
 * A channel's reflection schedule: saving it, and saying it back in a person's language. The time zone is the one
 * chosen in the settings modal, else the manager's Slack time zone, else config {@code time_zone}. The holiday
 * calendar, unless chosen in the modal or kept from the channel's schedule, follows the zone (Oslo: Norway,
 * Stockholm: Sweden), else the channel's language (nb: Norway, sv: Sweden), else none.
 */
final class ReflectionSchedules {
    static final String RITUAL = "reflect";

    private final Kit kit;

    ReflectionSchedules(Kit kit) {
        this.kit = kit;
    }

    Optional<Schedule> find(String team, String channel) {
        return kit.scheduler().find(team, RITUAL, channel);
    }

    /** Saves the schedule; the first run is the next occurrence, and biweekly counts from that date. */
    Schedule save(
            String team,
            String channel,
            String manager,
            DayOfWeek day,
            LocalTime time,
            ZoneId zone,
            int every,
            Holidays holidays) {
        Instant now = kit.clock().instant();
        LocalDate first = Recurrence.weekly(day, time, zone, 1, Holidays.NONE, LocalDate.ofInstant(now, zone))
                .nextAfter(now)
                .atZone(zone)
                .toLocalDate();
        return kit.scheduler()
                .save(team, RITUAL, channel, Recurrence.weekly(day, time, zone, every, holidays, first), manager);
    }

    ZoneId zoneFor(String team, ChannelSettings settings, String manager) {
        if (settings.timeZone() != null) {
            return ZoneId.of(settings.timeZone());
        }
        return kit.userZone(team, manager);
    }

    Holidays holidaysFor(String team, String channel, ZoneId zone) {
        Optional<Schedule> existing = find(team, channel);
        if (existing.isPresent()) {
            return Holidays.parse(existing.get().holidays()).orElse(Holidays.NONE);
        }
        return defaultHolidays(zone, kit.languages().ofChannel(team, channel));
    }

    static Holidays defaultHolidays(ZoneId zone, Lang channelLang) {
        return switch (zone.getId()) {
            case "Europe/Oslo", "Arctic/Longyearbyen" -> Holidays.NORWAY;
            case "Europe/Stockholm" -> Holidays.SWEDEN;
            default ->
                channelLang == Lang.NB ? Holidays.NORWAY : channelLang == Lang.SV ? Holidays.SWEDEN : Holidays.NONE;
        };
    }

    /** "every Friday at 09:00 (Europe/Oslo)", in {@code t}'s language. */
    static String describe(Texts t, Schedule s) {
        String[] cron = s.cron().split(" ");
        DayOfWeek day = dayOf(cron[5]);
        String dayName = day.getDisplayName(TextStyle.FULL, t.lang().locale());
        String when = t.t(s.everyWeeks() > 1 ? "reflection.every.biweekly" : "reflection.every.weekly", dayName);
        return t.t("reflection.schedule.when", when, time(s).toString(), s.timeZone());
    }

    String next(Texts t, Schedule s) {
        return kit.scheduler()
                .nextRun(s)
                .map(at -> format(t, at.atZone(ZoneId.of(s.timeZone()))))
                .orElse("");
    }

    static String format(Texts t, ZonedDateTime at) {
        // Mid-sentence ("Neste spørsmål: fredag 27. november"): Norwegian and Swedish day names stay lowercase.
        return t.format("reflection.date_pattern", at);
    }

    static LocalTime time(Schedule s) {
        String[] cron = s.cron().split(" ");
        return LocalTime.of(Integer.parseInt(cron[2]), Integer.parseInt(cron[1]));
    }

    static DayOfWeek dayOf(String cronDay) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, java.util.Locale.ENGLISH).equalsIgnoreCase(cronDay)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a cron day: " + cronDay);
    }

    /** "Done: ... Next prompt: ...", in {@code t}'s language. */
    String confirmation(Texts t, Schedule s) {
        return t.t("reflection.schedule.saved", describe(t, s), next(t, s)) + holidaysNote(t, s);
    }

    /** A sentence about the holiday calendar, or empty for none. */
    static String holidaysNote(Texts t, Schedule s) {
        Holidays h = Holidays.parse(s.holidays()).orElse(Holidays.NONE);
        return h == Holidays.NONE ? "" : " " + t.t("reflection.schedule.holidays." + h.code());
    }
}
