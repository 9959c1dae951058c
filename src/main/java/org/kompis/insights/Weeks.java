package org.kompis.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The weeks a report covers, Monday to Monday in the workspace's time zone, oldest first. Counting a time into its
 * week happens here, in Java, so a week is right across a DST change and the SQL stays plain.
 */
public record Weeks(ZoneId zone, List<LocalDate> starts) {
    public static final List<Integer> CHOICES = List.of(4, 12, 26, 52);

    public Weeks {
        starts = List.copyOf(starts);
    }

    /** The {@code count} weeks up to and including the one {@code today} is in. */
    public static Weeks ending(LocalDate today, int count, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(monday.minusWeeks(i));
        }
        Collections.reverse(out);
        return new Weeks(zone, out);
    }

    public int size() {
        return starts.size();
    }

    public long from() {
        return millis(starts.get(0));
    }

    public long to() {
        return millis(starts.get(starts.size() - 1).plusWeeks(1));
    }

    /** The index of the week {@code epochMillis} falls in, or -1 outside the report. */
    public int indexOf(long epochMillis) {
        if (epochMillis < from() || epochMillis >= to()) {
            return -1;
        }
        LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
        return indexOfDate(day);
    }

    public int indexOfDate(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int i = starts.indexOf(monday);
        return i;
    }

    public int number(int index) {
        return starts.get(index).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The Monday after the last week, as stored in week columns (yyyy-mm-dd). */
    public String endWeek() {
        return starts.get(starts.size() - 1).plusWeeks(1).toString();
    }

    private long millis(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
