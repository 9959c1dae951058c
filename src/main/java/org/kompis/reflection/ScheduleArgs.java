package org.kompis.reflection;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after {@code /reflect schedule}: {@code <day> <HH:MM> [weekly|biweekly]}, in any of the three
 * languages. A parse either gives a schedule or says which word it could not read (and why, as a message key).
 */
record ScheduleArgs(DayOfWeek day, LocalTime time, int everyWeeks) {
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");

  /** What went wrong: the message key and the word it is about. */
  record Problem(String key, String word) {}

  record Parsed(ScheduleArgs args, Problem problem) {}

  static Parsed parse(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > 3) {
      return problem("reflection.schedule.usage", text.strip());
    }
    Optional<DayOfWeek> day = DayNames.parse(words[0]);
    if (day.isEmpty()) {
      return problem("reflection.schedule.bad_day", words[0]);
    }
    Optional<LocalTime> time = time(words[1]);
    if (time.isEmpty()) {
      return problem("reflection.schedule.bad_time", words[1]);
    }
    int every = 1;
    if (words.length == 3) {
      Optional<Integer> f = frequency(words[2]);
      if (f.isEmpty()) {
        return problem("reflection.schedule.bad_frequency", words[2]);
      }
      every = f.get();
    }
    return new Parsed(new ScheduleArgs(day.get(), time.get(), every), null);
  }

  static Optional<LocalTime> time(String word) {
    Matcher m = TIME.matcher(word.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
  }

  static Optional<Integer> frequency(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "weekly", "every-week", "ukentlig", "ukentleg", "hver-uke", "veckovis", "varje-vecka" -> Optional.of(1);
      case "biweekly", "fortnightly", "every-other-week", "annenhver", "annakvar", "annenhver-uke", "varannan",
          "varannan-vecka" -> Optional.of(2);
      default -> Optional.empty();
    };
  }

  private static Parsed problem(String key, String word) {
    return new Parsed(null, new Problem(key, word));
  }
}
