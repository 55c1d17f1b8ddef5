package org.entente.export;

/**
 * The OWASP defence against formula injection in CSV, in one place for the export command and
 * the pages' downloads: a text cell starting with = + - @, a tab or a carriage return gets a
 * leading single quote, so that a spreadsheet shows it as text instead of running it
 * ("=HYPERLINK(...)" in a title). Numbers stay as they are (-5.0 is a Goldstein score).
 * Documented in columns.md.
 */
public final class SpreadsheetCells {
    /** The characters that make a spreadsheet read a cell as a formula. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text cell as it is safe to write. */
    public static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The same rule as a DuckDB expression over a text column, for COPY ... TO csv. */
    public static String sql(String column) {
        StringBuilder in = new StringBuilder();
        for (char c : FORMULA_STARTS.toCharArray()) {
            in.append(in.length() == 0 ? "" : ", ").append("chr(").append((int) c).append(')');
        }
        return "CASE WHEN left(" + column + ", 1) IN (" + in + ") THEN '''' || " + column + " ELSE " + column + " END";
    }
}
