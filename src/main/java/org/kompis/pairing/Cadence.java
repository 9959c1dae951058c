package org.kompis.pairing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kompis.scheduling.WeeklyTime;

/**
 * How often a channel's rounds run, as typed after {@code /pairs schedule}: {@code weekly mon 09:00},
 * {@code annenhver fredag 8.30}, {@code varannan mån 13:00}. Words in English, Norwegian and Swedish. "Monthly" is
 * every four weeks, because a schedule counts weeks (a fixed weekday, holidays moved to the next working day).
 */
public record Cadence(int everyWeeks, DayOfWeek day, LocalTime time) {
    public static final int WEEKLY = WeeklyTime.WEEKLY;
    public static final int BIWEEKLY = WeeklyTime.BIWEEKLY;
    public static final int MONTHLY = WeeklyTime.EVERY_FOUR_WEEKS;

    /** {@code [frequency] <day> <HH:MM>}, any order; weekly when no frequency is given. Empty when not understood. */
    public static Optional<Cadence> parse(String text) {
        return WeeklyTime.parse(text).map(w -> new Cadence(w.everyWeeks(), w.day(), w.time()));
    }

    /** "weekly", "biweekly" or "monthly": the value used in the settings modal and message keys. */
    public String frequency() {
        return frequency(everyWeeks);
    }

    public static String frequency(int everyWeeks) {
        return switch (everyWeeks) {
            case BIWEEKLY -> "biweekly";
            case MONTHLY -> "monthly";
            default -> "weekly";
        };
    }

    public static int everyWeeks(String frequency) {
        return switch (frequency == null ? "" : frequency) {
            case "biweekly" -> BIWEEKLY;
            case "monthly" -> MONTHLY;
            default -> WEEKLY;
        };
    }

    /**
     * A date for {@code /pairs snooze}: {@code 2026-12-01}, {@code 1.12.2026} or {@code 1.12.} (the next 1 December).
     * Empty when not a date.
     */
    public static Optional<LocalDate> date(String text, LocalDate today) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s));
            }
            Matcher m = Pattern.compile("(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4})?)?")
                    .matcher(s);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
                }
                LocalDate d = LocalDate.of(today.getYear(), month, day);
                return Optional.of(d.isAfter(today) ? d : d.plusYears(1));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
