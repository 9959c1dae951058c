package org.kompis.testing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Faults a test injects into the real SQLite file. {@link #refuseWrites} makes every insert, update and delete fail
 * as a full disk does (SQLite's own error text), through triggers on every table; {@link #allowWrites} lifts it.
 * (The machine's tests run as root, where a read-only file would still be written, and {@code max_page_count} is
 * per connection while Kompis opens a connection per transaction.)
 */
public final class Faults {
    private Faults() {}

    public static void refuseWrites(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            List<String> tables = h.createQuery("select name from sqlite_master where type = 'table' "
                            + "and name not like 'sqlite_%' and name not like '%_fts%' and name not like 'flyway%' "
                            + "and sql not like 'create virtual table%'")
                    .mapTo(String.class)
                    .list();
            for (String t : tables) {
                for (String op : List.of("insert", "update", "delete")) {
                    h.execute("create trigger if not exists fault_" + op + "_" + t + " before " + op + " on \"" + t
                            + "\" " + "begin select raise(abort, 'database or disk is full'); end");
                }
            }
        });
    }

    public static void allowWrites(Jdbi jdbi) {
        jdbi.useHandle(
                h -> h.createQuery("select name from sqlite_master where type = 'trigger' and name like 'fault_%'")
                        .mapTo(String.class)
                        .list()
                        .forEach(t -> h.execute("drop trigger \"" + t + "\"")));
    }
}
