package org.kompis.aar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.Holidays;

/**
 * When answers are due and when follow-ups go out. One rule, documented here: a review's holidays follow the
 * channel's language (nb: Norway's, sv: Sweden's, en: weekends only), its clock the workspace's time zone.
 */
public final class Deadlines {
    public static final int DEFAULT_WORKING_DAYS = 3;
    /** Answers are due at the end of a working day. */
    public static final LocalTime DEADLINE_TIME = LocalTime.of(16, 0);
    /** Action items are followed up at the start of their due date. */
    public static final LocalTime FOLLOW_UP_TIME = LocalTime.of(9, 0);

    private Deadlines() {}

    public static Holidays holidays(Lang channelLang) {
        return switch (channelLang) {
            case NB -> Holidays.NORWAY;
            case SV -> Holidays.SWEDEN;
            case EN -> Holidays.NONE;
        };
    }

    /** The default answer date: three working days after {@code today}. */
    public static LocalDate defaultDeadline(LocalDate today, Lang channelLang) {
        return holidays(channelLang).plusWorkingDays(today, DEFAULT_WORKING_DAYS);
    }

    public static Instant deadlineAt(LocalDate date, ZoneId zone) {
        return date.atTime(DEADLINE_TIME).atZone(zone).toInstant();
    }

    /** The day-before reminder, or null when the deadline is too close for one to help. */
    public static Instant reminderAt(Instant deadline, Instant now) {
        Instant at = deadline.minus(java.time.Duration.ofDays(1));
        return at.isAfter(now) ? at : null;
    }

    public static Instant followUpAt(LocalDate due, ZoneId zone) {
        return due.atTime(FOLLOW_UP_TIME).atZone(zone).toInstant();
    }
}
