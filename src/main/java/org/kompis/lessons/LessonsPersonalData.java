package org.kompis.lessons;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * A person's lessons: the ones they wrote go (their search-index rows with them, by trigger); in lessons others
 * wrote, their id leaves the participants. Anonymous lessons carry no id, so nothing here can find them: they stay.
 */
final class LessonsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        LessonsPersonalStore.Counts n = h.attach(LessonsPersonalStore.class).counts(team, user);
        return n.wrote() + n.tookPart() == 0
                ? List.of()
                : List.of(t.t("privacy.data.lessons", n.wrote(), n.tookPart()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        LessonsPersonalStore store = h.attach(LessonsPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("lessons_written", store.written(team, user));
        out.put("lessons_taken_part_in", store.takenPartIn(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        h.attach(LessonStore.class).deleteByAuthor(team, user);
        LessonsPersonalStore store = h.attach(LessonsPersonalStore.class);
        for (LessonsPersonalStore.Participants row : store.withParticipant(team, user)) {
            String rest = Arrays.stream(row.participants().split(" "))
                    .filter(id -> !id.equals(user))
                    .collect(Collectors.joining(" "));
            store.setParticipants(team, row.id(), rest.isEmpty() ? null : rest);
        }
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        LessonsPersonalStore store = h.attach(LessonsPersonalStore.class);
        store.purgeLessonsBefore(teamId, cutoff);
        store.purgeDigestsBefore(teamId, cutoff);
        // Weeks are stored as their Monday: a week goes once its Monday is older than the cutoff's day.
        store.purgeMissesBefore(
                teamId,
                Instant.ofEpochMilli(cutoff)
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString());
    }
}
