package org.kompis.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.kompis.core.ConfigException;
import org.sqlite.SQLiteDataSource;

/**
 * {@code kompis backup <file>}: a consistent copy of the SQLite database while Kompis runs ({@code VACUUM INTO}
 * reads one snapshot and writes a compact file). PostgreSQL has its own tools; README says which.
 */
final class Backup {
    private Backup() {}

    static String run(String dbUrl, String target) {
        if (!dbUrl.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("kompis backup copies a SQLite database; for PostgreSQL use pg_dump "
                    + "(README.md > When you outgrow one machine).");
        }
        Path file = Path.of(target).toAbsolutePath();
        if (Files.exists(file)) {
            throw new ConfigException("Backup file " + file + " exists already: give a new file name.");
        }
        String source = dbUrl.substring("jdbc:sqlite:".length()).replaceAll("\\?.*$", "");
        if (!Files.exists(Path.of(source))) {
            throw new ConfigException("No database at " + source + " (KOMPIS_DB_URL).");
        }
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(dbUrl);
        // No instance lock and no migrations: the running Kompis keeps both; this only reads.
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(600);
            s.execute("vacuum into '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new ConfigException("Backup failed: " + e.getMessage());
        }
        return "Backed up " + source + " to " + file + " (" + file.toFile().length() / 1024 + " KiB).";
    }
}
