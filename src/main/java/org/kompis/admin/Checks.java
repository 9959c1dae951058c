package org.kompis.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.ConfigException;
import org.kompis.lessons.LessonSearch;

/** After a copy: the same rows in every table, and the search index finds the same lessons for sample words. */
final class Checks {
    private Checks() {}

    static void verify(Jdbi source, Jdbi target, Consumer<String> out) {
        List<String> wrong = source.withHandle(s -> target.withHandle(t -> Migrate.mismatches(Migrate.counts(s, t))));
        if (!wrong.isEmpty()) {
            throw new ConfigException("Row counts differ after the copy: " + String.join(", ", wrong));
        }
        // Words from lessons spread over the table; each must find as many lessons on both sides.
        List<String> words =
                source.withHandle(h -> h.createQuery("""
            select lower(substr(text, 1, instr(text || ' ', ' ') - 1)) from lessons
            where id % 97 = 0 or id = (select max(id) from lessons) limit 50""").mapTo(String.class).list());
        int checked = 0;
        for (String word : words) {
            if (!word.matches("[\\p{L}\\p{N}]{2,}")) {
                continue;
            }
            int before = source.withHandle(h -> LessonSearch.indexed(h, word));
            int after = target.withHandle(h -> LessonSearch.indexed(h, word));
            if (before != after) {
                throw new ConfigException("The search index differs after the copy: '" + word + "' finds " + before
                        + " lessons in the source and " + after + " in the target.");
            }
            checked++;
        }
        Map<String, long[]> counts = source.withHandle(s -> target.withHandle(t -> Migrate.counts(s, t)));
        long rows = counts.values().stream().mapToLong(c -> c[1]).sum();
        out.accept("Copied " + rows + " rows in " + counts.size() + " tables; counts match; the search index finds the "
                + "same lessons for " + checked + " sample words.");
    }
}
