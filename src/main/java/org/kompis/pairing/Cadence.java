package org.kompis.pairing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a channel's rounds run, as typed after {@code /pairs schedule}: {@code weekly mon 09:00},
 * {@code annenhver fredag 8.30}, {@code varannan mån 13:00}. Words in English, Norwegian and Swedish. "Monthly" is
 * every four weeks, because a schedule counts weeks (a fixed weekday, holidays moved to the next working day).
 */
public record Cadence(int everyWeeks, DayOfWeek day, LocalTime time) {
  public static final int WEEKLY = 1;
  public static final int BIWEEKLY = 2;
  public static final int MONTHLY = 4;

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

  private static final Map<String, Integer> FREQUENCIES = Map.ofEntries(
      Map.entry("weekly", WEEKLY), Map.entry("ukentlig", WEEKLY), Map.entry("ukentleg", WEEKLY),
      Map.entry("veckovis", WEEKLY), Map.entry("varje", WEEKLY), Map.entry("hver", WEEKLY),
      Map.entry("biweekly", BIWEEKLY), Map.entry("fortnightly", BIWEEKLY), Map.entry("annenhver", BIWEEKLY),
      Map.entry("varannan", BIWEEKLY), Map.entry("varannanvecka", BIWEEKLY),
      Map.entry("monthly", MONTHLY), Map.entry("månedlig", MONTHLY), Map.entry("manedlig", MONTHLY),
      Map.entry("månatlig", MONTHLY), Map.entry("månadsvis", MONTHLY), Map.entry("manadsvis", MONTHLY));

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY), Map.entry("man", DayOfWeek.MONDAY),
      Map.entry("mandag", DayOfWeek.MONDAY), Map.entry("mån", DayOfWeek.MONDAY), Map.entry("måndag", DayOfWeek.MONDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tir", DayOfWeek.TUESDAY),
      Map.entry("tirsdag", DayOfWeek.TUESDAY), Map.entry("tis", DayOfWeek.TUESDAY), Map.entry("tisdag", DayOfWeek.TUESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("ons", DayOfWeek.WEDNESDAY), Map.entry("onsdag", DayOfWeek.WEDNESDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("tor", DayOfWeek.THURSDAY), Map.entry("tors", DayOfWeek.THURSDAY), Map.entry("torsdag", DayOfWeek.THURSDAY),
      Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fre", DayOfWeek.FRIDAY),
      Map.entry("fredag", DayOfWeek.FRIDAY),
      Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("lør", DayOfWeek.SATURDAY),
      Map.entry("lørdag", DayOfWeek.SATURDAY), Map.entry("lör", DayOfWeek.SATURDAY), Map.entry("lördag", DayOfWeek.SATURDAY),
      Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("søn", DayOfWeek.SUNDAY),
      Map.entry("søndag", DayOfWeek.SUNDAY), Map.entry("sön", DayOfWeek.SUNDAY), Map.entry("söndag", DayOfWeek.SUNDAY));

  /** {@code [frequency] <day> <HH:MM>}, any order; weekly when no frequency is given. Empty when not understood. */
  public static Optional<Cadence> parse(String text) {
    Integer every = null;
    DayOfWeek day = null;
    LocalTime time = null;
    for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      String w = word.replaceAll("[,.]$", "");
      Matcher m = TIME.matcher(word);
      if (time == null && m.matches()) {
        time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } else if (every == null && FREQUENCIES.containsKey(w)) {
        every = FREQUENCIES.get(w);
      } else if (day == null && DAYS.containsKey(w)) {
        day = DAYS.get(w);
      } else if (!w.isEmpty() && !w.equals("vecka") && !w.equals("uke")) {
        return Optional.empty();
      }
    }
    if (day == null || time == null) {
      return Optional.empty();
    }
    return Optional.of(new Cadence(every == null ? WEEKLY : every, day, time));
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
      Matcher m = Pattern.compile("(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4})?)?").matcher(s);
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
