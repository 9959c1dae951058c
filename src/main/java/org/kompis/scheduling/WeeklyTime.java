package org.kompis.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly time as people type it after {@code /reflect schedule}, {@code /pairs schedule} or {@code /lessons
 * digest}, in English, Norwegian or Swedish: a day (whole or short, with or without å/ø/ö), a wall-clock time
 * ({@code 09:00}, {@code 9.30}, {@code 14}) and how often (weekly, biweekly, every four weeks), in any order.
 */
public record WeeklyTime(int everyWeeks, DayOfWeek day, LocalTime time) {
    public static final int WEEKLY = 1;
    public static final int BIWEEKLY = 2;
    public static final int EVERY_FOUR_WEEKS = 4;

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?");
    private static final Set<String> FILLERS = Set.of("kl", "at", "på", "uke", "vecka");
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();
    private static final Map<String, Integer> FREQUENCIES = new HashMap<>();

    static {
        days(DayOfWeek.MONDAY, "mon monday man mandag mån måndag maandag");
        days(DayOfWeek.TUESDAY, "tue tues tuesday tir tirs tirsdag tis tisdag");
        days(DayOfWeek.WEDNESDAY, "wed wednesday ons onsdag");
        days(DayOfWeek.THURSDAY, "thu thur thurs thursday tor tors torsdag");
        days(DayOfWeek.FRIDAY, "fri friday fre fredag");
        days(DayOfWeek.SATURDAY, "sat saturday lør lørdag lor lordag lör lördag loerdag");
        days(DayOfWeek.SUNDAY, "sun sunday søn søndag son sondag sön söndag soendag");
        every(WEEKLY, "weekly every-week ukentlig ukentleg hver hver-uke veckovis varje varje-vecka");
        every(
                BIWEEKLY,
                "biweekly fortnightly every-other-week annenhver annakvar annenhver-uke varannan varannan-vecka "
                        + "varannanvecka");
        every(EVERY_FOUR_WEEKS, "monthly every-four-weeks månedlig manedlig månatlig månadsvis manadsvis");
    }

    private static void days(DayOfWeek day, String names) {
        for (String n : names.split(" ")) {
            DAYS.put(n, day);
        }
    }

    private static void every(int weeks, String names) {
        for (String n : names.split(" ")) {
            FREQUENCIES.put(n, weeks);
        }
    }

    /** {@code [how often] <day> <time>} in any order, weekly when no frequency is given; empty when not understood. */
    public static Optional<WeeklyTime> parse(String text) {
        Integer every = null;
        DayOfWeek day = null;
        LocalTime time = null;
        for (String raw : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            String word = bare(raw);
            Optional<LocalTime> t = time(raw);
            if (time == null && t.isPresent()) {
                time = t.get();
            } else if (every == null && FREQUENCIES.containsKey(word)) {
                every = FREQUENCIES.get(word);
            } else if (day == null && DAYS.containsKey(word)) {
                day = DAYS.get(word);
            } else if (!word.isEmpty() && !FILLERS.contains(word)) {
                return Optional.empty();
            }
        }
        return day == null || time == null
                ? Optional.empty()
                : Optional.of(new WeeklyTime(every == null ? WEEKLY : every, day, time));
    }

    /** One day name: {@code fri}, {@code fre}, {@code fredag} or {@code Fredag.}. */
    public static Optional<DayOfWeek> day(String word) {
        return word == null
                ? Optional.empty()
                : Optional.ofNullable(DAYS.get(bare(word.strip().toLowerCase(Locale.ROOT))));
    }

    /** One time of day: {@code 09:00}, {@code 9.30} or a whole hour ({@code 14}). */
    public static Optional<LocalTime> time(String word) {
        Matcher m = TIME.matcher(word.strip().replaceAll(",$", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    /** One frequency word: 1 for weekly, 2 for biweekly, 4 for every four weeks. */
    public static Optional<Integer> everyWeeks(String word) {
        return Optional.ofNullable(FREQUENCIES.get(bare(word.strip().toLowerCase(Locale.ROOT))));
    }

    /** True when some word is a day name or a time: then the text was meant as a schedule, not as words to search. */
    public static boolean mentioned(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (DAYS.containsKey(bare(word)) || time(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The word without the full stop or comma people put after it ("Fredag.", "kl.", "lör,"). */
    private static String bare(String word) {
        String w = word;
        while (w.endsWith(".") || w.endsWith(",")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
