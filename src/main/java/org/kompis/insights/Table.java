package org.kompis.insights;

import java.util.List;
import org.kompis.core.Csv;

/** One table of the page, as text cells: the same rows make the HTML table and the CSV download. */
public record Table(String id, String caption, List<String> headers, List<List<String>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String csv() {
        StringBuilder sb = new StringBuilder(Csv.row(headers));
        rows.forEach(r -> sb.append(Csv.row(r)));
        return sb.toString();
    }
}
