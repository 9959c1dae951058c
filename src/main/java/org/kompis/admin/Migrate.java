package org.kompis.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.kompis.cluster.Dialect;
import org.kompis.core.ConfigException;
import org.kompis.storage.Database;

/**
 * {@code kompis migrate --from jdbc:sqlite:... --to jdbc:postgresql://...}: copies every row of every table, parents
 * before children, in one transaction on the target, then checks the row counts and that the search index finds
 * the same lessons. The target must be empty (its migrations run first); stop Kompis before, start it on the target
 * after.
 */
final class Migrate {
    private static final int BATCH = 1000;

    private Migrate() {}

    static void run(String from, String to, String user, String password, Consumer<String> out) {
        if (Dialect.ofUrl(from) != Dialect.SQLITE || Dialect.ofUrl(to) != Dialect.POSTGRESQL) {
            throw new ConfigException("kompis migrate copies a SQLite database to PostgreSQL: "
                    + "--from jdbc:sqlite:<file> --to jdbc:postgresql://<host>/<database>.");
        }
        try (Database source = Database.open(from);
                Database target = Database.open(to, user, password)) {
            target.jdbi()
                    .useTransaction(t -> source.jdbi().useHandle(s -> {
                        try {
                            copy(s, t, out);
                        } catch (SQLException e) {
                            throw new ConfigException("The copy failed, nothing was written: " + e.getMessage());
                        }
                    }));
            Checks.verify(source.jdbi(), target.jdbi(), out);
        }
    }

    private static void copy(Handle source, Handle target, Consumer<String> out) throws SQLException {
        List<String> tables = Tables.inOrder(target);
        for (String table : tables) {
            long rows = target.createQuery("select count(*) from " + table)
                    .mapTo(Long.class)
                    .one();
            if (rows > 0) {
                throw new ConfigException("The target database is not empty (" + table + " has " + rows + " rows): "
                        + "kompis migrate only copies into a new, empty database.");
            }
        }
        for (String table : tables) {
            List<String> columns = Tables.copiedColumns(source, target, table);
            long copied = copyTable(source.getConnection(), target.getConnection(), table, columns);
            Tables.resetIdentity(target, table);
            out.accept(String.format("  %-24s %,10d rows", table, copied));
        }
    }

    private static long copyTable(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long n = 0;
        // SQLite's rowid is the insertion order; the copy keeps it (aar_participants orders by it).
        try (PreparedStatement read = from.prepareStatement("select " + list + " from " + table + " order by rowid");
                PreparedStatement write =
                        to.prepareStatement("insert into " + table + "(" + list + ") values (" + marks + ")");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return n;
    }

    /** Row counts of both sides, table by table. */
    static Map<String, long[]> counts(Handle source, Handle target) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String table : Tables.inOrder(target)) {
            counts.put(table, new long[] {
                source.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one(),
                target.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one()
            });
        }
        return counts;
    }

    static List<String> mismatches(Map<String, long[]> counts) {
        List<String> wrong = new ArrayList<>();
        counts.forEach((table, c) -> {
            if (c[0] != c[1]) {
                wrong.add(table + " " + c[0] + " -> " + c[1]);
            }
        });
        return wrong;
    }
}
