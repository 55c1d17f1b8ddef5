package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table, written with multi-row INSERTs: the DuckDB driver executes a JDBC batch
 * one statement at a time, and each costs about as much as storing a whole general-news article.
 */
final class RowBuffer {
    private static final int ROWS_PER_STATEMENT = 256;

    private final String table;
    private final String rowMarks;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    /** @param casts one SQL cast suffix per column ("" or "::INTEGER[]"), for values bound as text */
    RowBuffer(String table, String... casts) {
        this.table = table;
        this.columns = casts.length;
        List<String> marks = new ArrayList<>();
        for (String cast : casts) {
            marks.add("?" + cast);
        }
        this.rowMarks = "(" + String.join(", ", marks) + ")";
    }

    static RowBuffer plain(String table, int columns) {
        return new RowBuffer(table, Collections.nCopies(columns, "").toArray(String[]::new));
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        rows.add(values);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void clear() {
        rows.clear();
    }

    void writeTo(Connection c) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), rowMarks));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Object[] row : chunk) {
                    for (Object v : row) {
                        if (v == null) {
                            ps.setNull(i++, Types.VARCHAR);
                        } else {
                            ps.setObject(i++, v);
                        }
                    }
                }
                ps.executeUpdate();
            }
        }
        rows.clear();
    }
}
