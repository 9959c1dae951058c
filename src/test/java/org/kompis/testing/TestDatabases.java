package org.kompis.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test's database lives: a SQLite file in the test's folder, or, in the PostgreSQL half of the suite
 * ({@code -Dkompis.test.db=postgresql}, see pom.xml), a fresh PostgreSQL database. Tests ask here instead of writing
 * {@code jdbc:sqlite:...}, so the same test runs on both.
 */
public final class TestDatabases {
    private TestDatabases() {}

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("kompis.test.db"));
    }

    /** A new database for one test: {@code dir/file} on SQLite. Skips the test if PostgreSQL is wanted but missing. */
    public static String fresh(Path dir, String file) {
        if (!postgresql()) {
            return "jdbc:sqlite:" + dir.resolve(file);
        }
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres::failure);
        return TestPostgres.freshDatabase();
    }

    /** Frees what {@link #fresh} made (a PostgreSQL database; SQLite files go with the temp folder). */
    public static void release(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            TestPostgres.drop(url);
        }
    }
}
