package org.kompis.core;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.kompis.i18n.Texts;

/** Every {@link PersonalData} part together: what is stored about a person, their export, their deletion. */
public final class Privacy {
    private final Jdbi jdbi;
    private final List<PersonalData> parts = new CopyOnWriteArrayList<>();

    public Privacy(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void add(PersonalData part) {
        parts.add(part);
    }

    public List<String> describe(String teamId, String userId, Texts t) {
        return jdbi.withHandle(h -> {
            List<String> lines = new ArrayList<>();
            parts.forEach(p -> lines.addAll(p.describe(h, teamId, userId, t)));
            return lines;
        });
    }

    /** The person's data as pretty-printed JSON, one key per table. */
    public String exportJson(String teamId, String userId) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(export(teamId, userId));
    }

    /** The person's data, one key per table (a list of rows as column to value), as stored. */
    public Map<String, Object> export(String teamId, String userId) {
        return jdbi.withHandle(h -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("team_id", teamId);
            out.put("user_id", userId);
            parts.forEach(p -> out.putAll(p.export(h, teamId, userId)));
            return out;
        });
    }

    /** Forgets the person everywhere, in one transaction: all of it, or none of it. */
    public void forget(String teamId, String userId) {
        jdbi.useTransaction(h -> parts.forEach(p -> p.forget(h, teamId, userId)));
    }

    public void purge(long cutoffMillis) {
        jdbi.useTransaction(h -> parts.forEach(p -> p.purge(h, cutoffMillis)));
    }
}
