package org.kompis.reflection;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.kompis.scheduling.WeeklyTime;

/**
 * The words after {@code /reflect schedule}: {@code <day> <HH:MM> [weekly|biweekly]}, read word by word with
 * {@link WeeklyTime}, so that a parse either gives a schedule or says which word it could not read (and why, as a
 * message key). A reflection runs weekly or every other week, as its settings offer.
 */
record ScheduleArgs(DayOfWeek day, LocalTime time, int everyWeeks) {
    /** What went wrong: the message key and the word it is about. */
    record Problem(String key, String word) {}

    record Parsed(ScheduleArgs args, Problem problem) {}

    static Parsed parse(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return problem("reflection.schedule.usage", text.strip());
        }
        Optional<DayOfWeek> day = WeeklyTime.day(words[0]);
        if (day.isEmpty()) {
            return problem("reflection.schedule.bad_day", words[0]);
        }
        Optional<LocalTime> time = WeeklyTime.time(words[1]);
        if (time.isEmpty()) {
            return problem("reflection.schedule.bad_time", words[1]);
        }
        int every = 1;
        if (words.length == 3) {
            Optional<Integer> f = WeeklyTime.everyWeeks(words[2]).filter(w -> w <= WeeklyTime.BIWEEKLY);
            if (f.isEmpty()) {
                return problem("reflection.schedule.bad_frequency", words[2]);
            }
            every = f.get();
        }
        return new Parsed(new ScheduleArgs(day.get(), time.get(), every), null);
    }

    private static Parsed problem(String key, String word) {
        return new Parsed(null, new Problem(key, word));
    }
}
