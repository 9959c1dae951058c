package org.kompis.lessons;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "fri 09:00", "fredag 9.00", "kl 14:30 tisdag": a weekday and a wall-clock time, typed in English, Norwegian or
 * Swedish, in either order.
 */
record DayTime(DayOfWeek day, LocalTime time) {
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?");
  private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

  static {
    days(DayOfWeek.MONDAY, "mon monday man mandag mån måndag");
    days(DayOfWeek.TUESDAY, "tue tues tuesday tir tirsdag tis tisdag");
    days(DayOfWeek.WEDNESDAY, "wed wednesday ons onsdag");
    days(DayOfWeek.THURSDAY, "thu thur thurs thursday tor tors torsdag");
    days(DayOfWeek.FRIDAY, "fri friday fre fredag");
    days(DayOfWeek.SATURDAY, "sat saturday lør lørdag lordag lör lördag");
    days(DayOfWeek.SUNDAY, "sun sunday søn søndag sondag sön söndag");
  }

  private static void days(DayOfWeek day, String names) {
    for (String n : names.split(" ")) {
      DAYS.put(n, day);
    }
  }

  /** True when some word is a day name or a time: then "/lessons digest ..." was meant as a schedule, not a search. */
  static boolean mentioned(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (DAYS.containsKey(word.endsWith(".") ? word.substring(0, word.length() - 1) : word) || TIME.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  static Optional<DayTime> parse(String text) {
    DayOfWeek day = null;
    LocalTime time = null;
    for (String raw : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      String word = raw.endsWith(",") ? raw.substring(0, raw.length() - 1) : raw;
      if (word.endsWith(".") && !word.matches(".*\\d.*")) {
        word = word.substring(0, word.length() - 1);
      }
      if (word.isEmpty() || word.equals("kl") || word.equals("at") || word.equals("på")) {
        continue;
      }
      Matcher m = TIME.matcher(word);
      if (DAYS.containsKey(word) && day == null) {
        day = DAYS.get(word);
      } else if (m.matches() && time == null) {
        time = LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
      } else {
        return Optional.empty();
      }
    }
    return day == null || time == null ? Optional.empty() : Optional.of(new DayTime(day, time));
  }
}
