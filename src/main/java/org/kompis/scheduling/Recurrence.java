package org.kompis.scheduling;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When a ritual runs: a Quartz cron expression read in a time zone (so 09:00 stays 09:00 across DST), every
 * one or two weeks counted from an anchor date, moved to the next working day when it falls on a public
 * holiday. Cron alone can express neither "every other week" nor "not on 17 May", hence this class.
 */
public record Recurrence(String cron, ZoneId zone, int everyWeeks, Holidays holidays, LocalDate anchor) {

  public Recurrence {
    if (everyWeeks < 1) {
      throw new IllegalArgumentException("everyWeeks must be 1 or more");
    }
    if (!CronExpression.isValidExpression(cron)) {
      throw new IllegalArgumentException("not a Quartz cron expression: " + cron);
    }
  }

  /** Every week (or every {@code everyWeeks} weeks) on {@code day} at {@code time}, wall-clock, in {@code zone}. */
  public static Recurrence weekly(java.time.DayOfWeek day, java.time.LocalTime time, ZoneId zone, int everyWeeks,
      Holidays holidays, LocalDate anchor) {
    String dow = day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH).toUpperCase(java.util.Locale.ROOT);
    return new Recurrence("0 " + time.getMinute() + " " + time.getHour() + " ? * " + dow, zone, everyWeeks, holidays, anchor);
  }

  /** The day, time and frequency of a {@link #weekly} recurrence, read back from its cron; empty for others. */
  public Optional<WeeklyTime> weeklyTime() {
    String[] f = cron.split(" ");
    if (f.length != 6 || !f[3].equals("?") || !f[0].equals("0")) {
      return Optional.empty();
    }
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      if (day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH).equalsIgnoreCase(f[5])) {
        return Optional.of(new WeeklyTime(everyWeeks, day,
            java.time.LocalTime.of(Integer.parseInt(f[2]), Integer.parseInt(f[1]))));
      }
    }
    return Optional.empty();
  }

  /** Every day at {@code time} in {@code zone}. */
  public static Recurrence daily(java.time.LocalTime time, ZoneId zone) {
    return new Recurrence("0 " + time.getMinute() + " " + time.getHour() + " * * ?", zone, 1, Holidays.NONE, LocalDate.of(2024, 1, 1));
  }

  /**
   * The first run strictly after {@code after}. The cron is read on local wall-clock time: a time that does not
   * exist on the spring-forward day (02:30) runs at the first moment after the gap, and a time that happens twice
   * in autumn runs at its first occurrence only.
   */
  public Instant nextAfter(Instant after) {
    CronExpression expression = expression();
    Instant t = after;
    for (int guard = 0; guard < 1000; guard++) {
      LocalDateTime localAfter = LocalDateTime.ofInstant(t, zone);
      Date next = expression.getNextValidTimeAfter(Date.from(localAfter.toInstant(ZoneOffset.UTC)));
      if (next == null) {
        throw new IllegalStateException("cron expression never fires again: " + cron);
      }
      LocalDateTime local = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
      t = ZonedDateTime.ofLocal(local, zone, null).toInstant();
      if (!t.isAfter(after) && local.isAfter(localAfter)) {
        // The autumn hour again: this wall-clock time already ran at its first occurrence.
        t = after.plusSeconds(1);
        continue;
      }
      if (everyWeeks > 1 && Math.floorMod(weeksSinceAnchor(local.toLocalDate()), everyWeeks) != 0) {
        continue;
      }
      LocalDate day = holidays.onOrAfterWorkingDayIfHoliday(local.toLocalDate());
      Instant shifted = ZonedDateTime.ofLocal(local.with(day), zone, null).toInstant();
      if (shifted.isAfter(after)) {
        return shifted;
      }
    }
    throw new IllegalStateException("no run found for " + cron);
  }

  private long weeksSinceAnchor(LocalDate date) {
    LocalDate anchorMonday = anchor.minusDays(anchor.getDayOfWeek().getValue() - 1L);
    LocalDate dateMonday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
    return ChronoUnit.WEEKS.between(anchorMonday, dateMonday);
  }

  private CronExpression expression() {
    try {
      CronExpression expression = new CronExpression(cron);
      // Wall-clock arithmetic: local times are fed in as if UTC, and mapped back to the zone in nextAfter.
      expression.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
      return expression;
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a Quartz cron expression: " + cron, e);
    }
  }
}
