package org.kompis.core;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.i18n.Texts;

/**
 * What one part of Kompis stores about a person, so that /kompis privacy can show it, export it and forget it.
 * Every table that holds a user id belongs to exactly one of these; PrivacyTest walks the schema to prove it.
 */
public interface PersonalData {
    /** Lines for "what Kompis stores about me", in the person's language; empty when nothing is stored. */
    List<String> describe(Handle h, String teamId, String userId, Texts t);

    /** Everything stored about the person, table by table, for "Export my data". */
    Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId);

    /**
     * Deletes the person's own rows, and removes their id from rows that are also other people's (a review they
     * started, a group they were in). Runs inside one transaction with every other part.
     */
    void forget(Handle h, String teamId, String userId);

    /** Deletes workspace {@code teamId}'s rows older than {@code cutoffMillis}, when it has a retention period. */
    default void purge(Handle h, String teamId, long cutoffMillis) {}
}
