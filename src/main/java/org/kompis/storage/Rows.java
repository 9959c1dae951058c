package org.kompis.storage;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Small helpers for {@link PersonalData} parts: rows as maps for an export, counts for a description. */
public final class Rows {
    private Rows() {}

    public static List<Map<String, Object>> of(Handle h, String sql, Object... args) {
        var q = h.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.bind(i, args[i]);
        }
        return q.mapToMap().list();
    }

    public static int count(Handle h, String sql, Object... args) {
        var q = h.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.bind(i, args[i]);
        }
        return q.mapTo(Integer.class).one();
    }

    public static int update(Handle h, String sql, Object... args) {
        var u = h.createUpdate(sql);
        for (int i = 0; i < args.length; i++) {
            u.bind(i, args[i]);
        }
        return u.execute();
    }
}
