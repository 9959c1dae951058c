package org.kompis.cluster;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Which database a {@link Jdbi} talks to. Almost all of Kompis's SQL runs on both; a store that cannot say something
 * portably asks {@link #of(Jdbi)} and keeps both spellings side by side in one named place.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    /** Where {@link #of} finds the dialect: a Jdbi statement attribute the database sets when it opens. */
    public static final String ATTRIBUTE = "kompis.dialect";

    public static Dialect of(Jdbi jdbi) {
        Object value = jdbi.getConfig(SqlStatements.class).getAttribute(ATTRIBUTE);
        return value instanceof Dialect d ? d : SQLITE;
    }

    /** The dialect of the database a handle is open on (a handle's configuration starts as its Jdbi's). */
    public static Dialect of(org.jdbi.v3.core.Handle handle) {
        Object value = handle.getConfig(SqlStatements.class).getAttribute(ATTRIBUTE);
        return value instanceof Dialect d ? d : SQLITE;
    }

    public static Dialect ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /** The sub-folder of {@code db/migration} with this database's migrations. */
    public String migrations() {
        return "classpath:db/migration/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
