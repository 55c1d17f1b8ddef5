package org.entente.merge;

/**
 * An ISO date value ("2024", "2024-07", "2024-07-03", "2024-07-03/2024-07-04") as the range of
 * days it covers, so values of different precision can be compared.
 */
public record DateSpan(String from, String to) {
    public static DateSpan of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split("/");
        return new DateSpan(low(parts[0].trim()), high(parts[parts.length - 1].trim()));
    }

    private static String low(String x) {
        return x.length() == 4 ? x + "-01-01" : x.length() == 7 ? x + "-01" : x.substring(0, Math.min(10, x.length()));
    }

    private static String high(String x) {
        return x.length() == 4 ? x + "-12-31" : x.length() == 7 ? x + "-31" : x.substring(0, Math.min(10, x.length()));
    }

    boolean overlaps(DateSpan o) {
        return from.compareTo(o.to) <= 0 && o.from.compareTo(to) <= 0;
    }

    /** Days covered, roughly: what makes "2024-07-03" more precise than "2024-07". */
    int width() {
        int y1 = Integer.parseInt(from.substring(0, 4));
        int y2 = Integer.parseInt(to.substring(0, 4));
        int m1 = Integer.parseInt(from.substring(5, 7));
        int m2 = Integer.parseInt(to.substring(5, 7));
        int d1 = Integer.parseInt(from.substring(8, 10));
        int d2 = Integer.parseInt(to.substring(8, 10));
        return (y2 - y1) * 372 + (m2 - m1) * 31 + (d2 - d1);
    }
}
