package org.kompis.sixhats;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hat-by-hat mode: everyone wears the same hat at a time. Blue opens (what are we looking at, how) and
 * closes (what did we find, what next), the other five come between in canonical order. Every round lasts
 * the same time, {@link #DEFAULT_ROUND} unless the organiser chooses between {@link #MIN_ROUND} and
 * {@link #MAX_ROUND}: shorter leaves no time to write, longer and the exercise loses its thread.
 */
public final class HatByHat {
    public static final Duration DEFAULT_ROUND = Duration.ofMinutes(10);
    public static final Duration MIN_ROUND = Duration.ofMinutes(2);
    public static final Duration MAX_ROUND = Duration.ofDays(2);

    private static final List<Hat> ROUNDS =
            List.of(Hat.BLUE, Hat.WHITE, Hat.RED, Hat.BLACK, Hat.YELLOW, Hat.GREEN, Hat.BLUE);

    // Units in English, Norwegian and Swedish; a number without a unit means minutes.
    private static final Map<String, Duration> UNITS = units();

    // One or more parts such as "1 t 30 min" or "1,5h"; a comma is the decimal mark in nb and sv.
    private static final Pattern PART = Pattern.compile("(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(\\p{L}*)\\s*");

    private HatByHat() {}

    /** The seven rounds: blue, white, red, black, yellow, green, blue. */
    public static List<Hat> rounds() {
        return ROUNDS;
    }

    /**
     * A round length typed by a person: "10" (minutes), "10m", "10 min", "90s", "2h", "2 t", "1,5 timer",
     * "1h30m", "1d", "2 dagar". Empty when it is not a length or lies outside {@link #MIN_ROUND} to
     * {@link #MAX_ROUND}; both ends are allowed.
     */
    public static Optional<Duration> parseDuration(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(s);
        BigDecimal seconds = BigDecimal.ZERO;
        int end = 0;
        while (end < s.length() && m.region(end, s.length()).lookingAt()) {
            Duration unit = UNITS.get(m.group(2));
            // A bare number is minutes only on its own or at the end ("1h30"); "10 10" is a typo, not 20 minutes.
            if (unit == null || m.group(2).isEmpty() && m.end() < s.length()) {
                return Optional.empty();
            }
            BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
            seconds = seconds.add(amount.multiply(BigDecimal.valueOf(unit.toSeconds())));
            end = m.end();
        }
        if (end == 0 || end < s.length()) {
            return Optional.empty();
        }
        Duration d = Duration.ofSeconds(seconds.longValue());
        return d.compareTo(MIN_ROUND) < 0 || d.compareTo(MAX_ROUND) > 0 ? Optional.empty() : Optional.of(d);
    }

    private static Map<String, Duration> units() {
        Map<String, Duration> units = new HashMap<>();
        add(units, Duration.ofSeconds(1), "s", "sec", "sek", "second", "seconds", "sekund", "sekunder");
        add(
                units,
                Duration.ofMinutes(1),
                "",
                "m",
                "min",
                "mins",
                "minute",
                "minutes",
                "minutt",
                "minutter",
                "minut",
                "minuter");
        add(
                units,
                Duration.ofHours(1),
                "h",
                "t",
                "hr",
                "hrs",
                "hour",
                "hours",
                "time",
                "timer",
                "tim",
                "timme",
                "timmar");
        add(units, Duration.ofDays(1), "d", "day", "days", "dag", "dager", "dagar", "døgn", "dygn");
        return Map.copyOf(units);
    }

    private static void add(Map<String, Duration> units, Duration length, String... names) {
        for (String name : names) {
            units.put(name, length);
        }
    }
}
