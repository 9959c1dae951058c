package org.kompis.scheduling;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Public-holiday calendars for schedules: Norway's and Sweden's, from Jollyday rather than a hand-kept list.
 * Sweden's calendar already has Christmas Eve and New Year's Eve; Norway's law does not, but most municipal offices
 * close then, so {@link #NORWAY} (the default for Norwegian channels) adds 24 and 31 December, and
 * {@link #NORWAY_PUBLIC} is the statutory calendar alone, for teams that work those days.
 */
public enum Holidays {
    NONE(null),
    NORWAY(HolidayCalendar.NORWAY),
    NORWAY_PUBLIC(HolidayCalendar.NORWAY),
    SWEDEN(HolidayCalendar.SWEDEN);

    private final HolidayCalendar calendar;
    private volatile HolidayManager manager;

    Holidays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isHoliday(LocalDate date) {
        if (calendar == null) {
            return false;
        }
        if (this == NORWAY
                && date.getMonthValue() == 12
                && (date.getDayOfMonth() == 24 || date.getDayOfMonth() == 31)) {
            return true;
        }
        if (manager == null) {
            manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
        }
        return manager.isHoliday(date, HolidayType.PUBLIC_HOLIDAY);
    }

    /** A working day: not a weekend, not a public holiday. With no calendar, every weekday is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The same day if it is a working day, else the next one that is. */
    public LocalDate onOrAfterWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A run that falls on a public holiday moves to the next working day; any other day stays. */
    public LocalDate onOrAfterWorkingDayIfHoliday(LocalDate date) {
        return isHoliday(date) ? onOrAfterWorkingDay(date.plusDays(1)) : date;
    }

    /** Adds working days, skipping weekends and holidays (an answer deadline of "3 working days"). */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    public String code() {
        return switch (this) {
            case NONE -> "none";
            case NORWAY -> "no";
            case NORWAY_PUBLIC -> "no-public";
            case SWEDEN -> "se";
        };
    }

    public static Optional<Holidays> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none", "ingen", "" -> Optional.of(NONE);
            case "no", "nor", "norway", "norge", "norwegian" -> Optional.of(NORWAY);
            case "no-public" -> Optional.of(NORWAY_PUBLIC);
            case "se", "swe", "sweden", "sverige", "swedish" -> Optional.of(SWEDEN);
            default -> Optional.empty();
        };
    }
}
