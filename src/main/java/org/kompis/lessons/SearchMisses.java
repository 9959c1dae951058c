package org.kompis.lessons;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The hook every search calls with what it found: a first page with nothing on it is counted under its words, the
 * channel and the week, so managers see what people look for that nobody has written down yet. Who searched and
 * when in the week is not kept. Filters ({@code #tag}, {@code in:}, {@code from:}) are not words and are left out.
 */
public final class SearchMisses {
    static final int MAX_WORDS_LENGTH = 100;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;

    public SearchMisses(Jdbi jdbi, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
    }

    /** Call after a search: {@code offset} 0 and an empty page count as a miss. */
    public void searched(String team, String channel, SearchQuery q, int offset, Page page) {
        if (offset != 0 || !page.lessons().isEmpty() || q.terms().isEmpty()) {
            return;
        }
        String words = q.terms().stream()
                .map(t -> t.text().toLowerCase(Locale.ROOT) + (t.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH);
        }
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        jdbi.onDemand(LessonStore.class).searchMissed(team, channel == null ? "" : channel, words, monday.toString());
    }
}
