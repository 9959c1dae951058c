package org.kompis.core;

import java.util.List;

/**
 * RFC 4180 rows (CRLF, quotes doubled, a cell quoted when it holds a comma, quote or line break), with every cell
 * that a spreadsheet would read as a formula ({@code = + - @}, tab, CR at the start) given a leading apostrophe:
 * an exported lesson must never run {@code =HYPERLINK(...)} on a manager's machine.
 */
public final class Csv {
    private Csv() {}

    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(cell(c));
        }
        return sb.append("\r\n").toString();
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
