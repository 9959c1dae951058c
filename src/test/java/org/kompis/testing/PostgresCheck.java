package org.kompis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run by Maven before the tests (pom.xml), in Maven's own console: says whether the suite's PostgreSQL half will run,
 * and loudly when it cannot, because test output goes to files.
 */
public final class PostgresCheck {
    private PostgresCheck() {}

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("kompis.pg.skip")) {
            banner("SKIPPED on request (-Dkompis.pg.skip=true): only the SQLite half runs.");
        } else if (System.getenv("KOMPIS_TEST_PG_URL") != null) {
            System.out.println("[kompis] PostgreSQL half: on the server in KOMPIS_TEST_PG_URL");
        } else if (initdb()) {
            System.out.println("[kompis] PostgreSQL half: on a throw-away cluster of the installed postgresql package");
        } else {
            banner("SKIPPED: " + TestPostgres.MISSING);
        }
    }

    private static boolean initdb() throws Exception {
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
        }
    }

    private static void banner(String text) {
        String line = "!".repeat(110);
        System.out.println("\n" + line + "\n!! PostgreSQL half of the tests " + text + "\n" + line + "\n");
    }
}
