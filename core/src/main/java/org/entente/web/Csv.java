package org.entente.web;

import org.entente.export.EventRow;
import org.entente.export.SpreadsheetCells;

import java.util.List;

/**
 * Event rows as CSV (RFC 4180) in the export's columns, for the pages' downloads. The export
 * command writes its CSV with DuckDB; a page's rows are already in memory, and Jackson's CSV
 * module is not served for the Jackson version the project uses.
 */
final class Csv {
    private Csv() {
    }

    static String of(List<EventRow> rows) {
        StringBuilder s = new StringBuilder();
        line(s, List.copyOf(EventRow.COLUMNS));
        for (EventRow r : rows) {
            line(s, r.values());
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            Object v = values.get(i);
            // Text the same way as the export command's CSV; numbers as they are.
            String text = v == null ? "" : v instanceof String t ? SpreadsheetCells.neutralise(t) : v.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                s.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                s.append(text);
            }
        }
        s.append("\r\n");
    }
}
