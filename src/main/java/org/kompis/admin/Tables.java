package org.kompis.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** What the PostgreSQL target says about its tables: which to copy, in which order, with which columns. */
final class Tables {
    private Tables() {}

    /** Kompis's tables, each after the tables its foreign keys point to. */
    static List<String> inOrder(Handle target) {
        List<String> all = target.createQuery("""
            select table_name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'
              and table_name not like 'flyway%'
              and table_name not in ('replicas', 'send_rates', 'lesson_term_docs', 'lesson_term_docs_refreshed',
                                     'lesson_vocabulary')
            order by table_name""").mapTo(String.class).list();
        Map<String, List<String>> parents = new HashMap<>();
        target.createQuery("""
            select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
            from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace""")
                .mapToMap()
                .forEach(r -> parents.computeIfAbsent(bare(r.get("child")), k -> new ArrayList<>())
                        .add(bare(r.get("parent"))));
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : all) {
            visit(table, parents, ordered);
        }
        ordered.retainAll(all);
        return new ArrayList<>(ordered);
    }

    private static void visit(String table, Map<String, List<String>> parents, Set<String> ordered) {
        if (ordered.contains(table)) {
            return;
        }
        for (String parent : parents.getOrDefault(table, List.of())) {
            if (!parent.equals(table)) {
                visit(parent, parents, ordered);
            }
        }
        ordered.add(table);
    }

    private static String bare(Object regclass) {
        String name = String.valueOf(regclass);
        return name.substring(name.lastIndexOf('.') + 1).replace("\"", "");
    }

    /** The target's columns that are not generated; {@code rowid} is SQLite's implicit one. */
    static List<String> copiedColumns(Handle source, Handle target, String table) {
        Set<String> inSource = new LinkedHashSet<>(source.createQuery("select name from pragma_table_info(:t)")
                .bind("t", table)
                .mapTo(String.class)
                .list());
        inSource.add("rowid");
        return target.createQuery("""
            select column_name from information_schema.columns
            where table_schema = current_schema() and table_name = :t and is_generated = 'NEVER'
            order by ordinal_position""").bind("t", table).mapTo(String.class).list().stream()
                .filter(inSource::contains)
                .toList();
    }

    /** After explicit ids were copied, new rows must get ids above them. */
    static void resetIdentity(Handle target, String table) {
        String identityColumns = """
            select column_name from information_schema.columns
            where table_schema = current_schema() and table_name = :t and is_identity = 'YES'""";
        List<String> identities = target.createQuery(identityColumns)
                .bind("t", table)
                .mapTo(String.class)
                .list();
        for (String column : identities) {
            target.createQuery("select setval(pg_get_serial_sequence(:t, :c), coalesce(max(" + column
                            + "), 0) + 1, false)" + " from " + table)
                    .bind("t", table)
                    .bind("c", column)
                    .mapTo(Long.class)
                    .one();
        }
    }
}
