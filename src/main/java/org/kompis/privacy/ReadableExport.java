package org.kompis.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kompis.i18n.Texts;

/**
 * "Export my data" for a person, not a database: dates instead of epoch milliseconds, channel names beside their
 * ids, yes/no instead of 0/1. The JSON stays machine-readable (same keys, ISO dates); the Markdown copy is for
 * reading.
 */
final class ReadableExport {
    // Columns that hold yes/no as 0/1 in SQLite.
    private static final Set<String> FLAGS = Set.of(
            "anonymous",
            "shared",
            "private",
            "paused",
            "mistake",
            "edited",
            "is_private",
            "private_profile",
            "prefers_three",
            "done",
            "dropped");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReadableExport() {}

    /** The same tables and rows, with readable values; {@code channelName} gives "#name" for an id, or the id. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readable(Map<String, Object> raw, ZoneId zone, UnaryOperator<String> channelName) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time_zone", zone.getId());
        raw.forEach((table, value) -> {
            if (!(value instanceof List<?> rows)) {
                out.put(table, value);
                return;
            }
            List<Map<String, Object>> readableRows = new ArrayList<>();
            for (Object row : rows) {
                Map<String, Object> r = new LinkedHashMap<>();
                ((Map<String, Object>) row).forEach((column, v) -> {
                    r.put(column, value(column, v, zone));
                    if (column.equals("channel_id") && v instanceof String id) {
                        r.put("channel", channelName.apply(id));
                    }
                });
                readableRows.add(r);
            }
            out.put(table, readableRows);
        });
        return out;
    }

    static Object value(String column, Object v, ZoneId zone) {
        if (v instanceof Number n
                && (column.endsWith("_at") || column.endsWith("_on") || column.equals("at"))
                && n.longValue() > 100_000_000_000L) {
            return WHEN.format(Instant.ofEpochMilli(n.longValue()).atZone(zone));
        }
        if (v instanceof Number n && FLAGS.contains(column.toLowerCase(Locale.ROOT))) {
            return n.intValue() != 0;
        }
        return v;
    }

    /** A Markdown copy: a heading per table with its rows as short lists, empty tables left out. */
    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> data, Texts t) {
        StringBuilder md = new StringBuilder("# ")
                .append(t.t("privacy.export.title"))
                .append("\n\n")
                .append(t.t("privacy.export.md.intro", String.valueOf(data.get("time_zone"))))
                .append('\n');
        data.forEach((table, value) -> {
            if (!(value instanceof List<?> rows) || rows.isEmpty()) {
                return;
            }
            md.append("\n## ")
                    .append(table.replace('_', ' '))
                    .append(" (")
                    .append(rows.size())
                    .append(")\n");
            for (Object row : rows) {
                md.append('\n');
                ((Map<String, Object>) row).forEach((column, v) -> {
                    if (v != null && !String.valueOf(v).isBlank() && !column.endsWith("_id") && !column.equals("id")) {
                        String text = v instanceof Boolean b
                                ? t.t(b ? "privacy.export.yes" : "privacy.export.no")
                                : String.valueOf(v);
                        md.append("- **")
                                .append(column.replace('_', ' '))
                                .append(":** ")
                                .append(text.replace("\n", " "))
                                .append('\n');
                    }
                });
            }
        });
        return md.toString();
    }
}
