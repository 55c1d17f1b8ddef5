package org.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An ISO date value ("2024", "2024-07", "2024-07-03", "2024-07-03/2024-07-04", "2017/2020") as
 * the range of days it covers, so values of different precision can be compared.
 *
 * <p>Total by design: a value that is not one of these shapes is no date at all ({@link #of}
 * gives null, {@link #isValid} false) rather than an exception deep inside a cross-article merge,
 * where one bad value used to abort a whole run.
 */
public record DateSpan(String from, String to) {
    private static final Pattern PART = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The days {@code value} covers, or null when it is blank or not an ISO date or span. */
    public static DateSpan of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("/", -1);
        if (parts.length > 2) {
            return null;
        }
        String low = low(parts[0].strip());
        String high = high(parts[parts.length - 1].strip());
        if (low == null || high == null || low.compareTo(high) > 0) {
            return null;
        }
        return new DateSpan(low, high);
    }

    /** True for "YYYY", "YYYY-MM", "YYYY-MM-DD" (real calendar dates) and "START/END" of those, START not after END. */
    public static boolean isValid(String value) {
        return of(value) != null;
    }

    /**
     * The month a value starts in when its start is at least month-precise ("2024-07",
     * "2024-07-30/2024-08-02" give "2024-07"; "2024" and "2017/2020" give null), or null when the
     * value is no valid date.
     */
    public static String startMonth(String value) {
        DateSpan span = of(value);
        if (span == null) {
            return null;
        }
        String first = value.strip().split("/", -1)[0].strip();
        return first.length() >= 7 ? span.from.substring(0, 7) : null;
    }

    private static String low(String x) {
        if (!PART.matcher(x).matches()) {
            return null;
        }
        return checked(x.length() == 4 ? x + "-01-01" : x.length() == 7 ? x + "-01" : x);
    }

    private static String high(String x) {
        if (!PART.matcher(x).matches()) {
            return null;
        }
        if (x.length() == 4) {
            return checked(x + "-12-31");
        }
        if (x.length() == 7) {
            // "-31" whatever the month, as stored spans always had: only ever compared as text.
            return checked(x + "-01") == null ? null : x + "-31";
        }
        return checked(x);
    }

    private static String checked(String day) {
        try {
            LocalDate d = LocalDate.parse(day);
            return d.toString().equals(day) ? day : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public boolean overlaps(DateSpan o) {
        return from.compareTo(o.to) <= 0 && o.from.compareTo(to) <= 0;
    }

    /** Days covered, roughly: what makes "2024-07-03" more precise than "2024-07". */
    public int width() {
        int y1 = Integer.parseInt(from.substring(0, 4));
        int y2 = Integer.parseInt(to.substring(0, 4));
        int m1 = Integer.parseInt(from.substring(5, 7));
        int m2 = Integer.parseInt(to.substring(5, 7));
        int d1 = Integer.parseInt(from.substring(8, 10));
        int d2 = Integer.parseInt(to.substring(8, 10));
        return (y2 - y1) * 372 + (m2 - m1) * 31 + (d2 - d1);
    }
}
