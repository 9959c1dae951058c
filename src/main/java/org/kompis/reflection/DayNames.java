package org.kompis.reflection;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Day names as people type them in English, Norwegian and Swedish, whole or short, with or without å/ø/ö: a
 * manager writes {@code fri}, {@code fre}, {@code fredag} or {@code Fredag.} whatever language Kompis speaks.
 */
final class DayNames {
  private static final Map<String, DayOfWeek> NAMES = new HashMap<>();

  static {
    add(DayOfWeek.MONDAY, "mon", "monday", "man", "mandag", "mån", "måndag", "maandag");
    add(DayOfWeek.TUESDAY, "tue", "tues", "tuesday", "tir", "tirs", "tirsdag", "tis", "tisdag");
    add(DayOfWeek.WEDNESDAY, "wed", "wednesday", "ons", "onsdag");
    add(DayOfWeek.THURSDAY, "thu", "thur", "thurs", "thursday", "tor", "tors", "torsdag");
    add(DayOfWeek.FRIDAY, "fri", "friday", "fre", "fredag");
    add(DayOfWeek.SATURDAY, "sat", "saturday", "lør", "lørdag", "lor", "lordag", "lör", "lördag", "loerdag");
    add(DayOfWeek.SUNDAY, "sun", "sunday", "søn", "søndag", "son", "sondag", "sön", "söndag", "soendag");
  }

  private DayNames() {}

  private static void add(DayOfWeek day, String... names) {
    for (String n : names) {
      NAMES.put(n, day);
    }
  }

  static Optional<DayOfWeek> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    while (w.endsWith(".") || w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    return Optional.ofNullable(NAMES.get(w));
  }
}
