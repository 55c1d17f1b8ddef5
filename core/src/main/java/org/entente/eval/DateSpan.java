package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * score.py {@code date_span}: a date or date interval as first and last day, each a
 * "YYYY-MM-DD"-like string compared by code point. Months end on the 31st whatever their length,
 * exactly as the reference does, so that comparisons agree.
 */
record DateSpan(String start, String end) {

    /** The span of a gold or system "date" value, or null when it is absent or empty. */
    static DateSpan of(JsonNode date) {
        if (!PyJson.truthy(date)) {
            return null;
        }
        String[] parts = PyJson.str(date).split("/", -1);
        return new DateSpan(lo(parts[0]), hi(parts[parts.length - 1]));
    }

    private static String lo(String raw) {
        String x = PyText.strip(raw);
        int n = PyText.length(x);
        if (n == 4) {
            return PyText.prefix(x + "-01-01", 10);
        }
        if (n == 7) {
            return PyText.prefix(x + "-01", 10);
        }
        return PyText.prefix(x, 10);
    }

    private static String hi(String raw) {
        String x = PyText.strip(raw);
        int n = PyText.length(x);
        if (n == 4) {
            return x + "-12-31";
        }
        if (n == 7) {
            return x + "-31";
        }
        return PyText.prefix(x, 10);
    }

    /** score.py {@code dates_compatible}: unknown dates are compatible with anything. */
    static boolean compatible(JsonNode a, JsonNode b) {
        DateSpan sa = of(a);
        DateSpan sb = of(b);
        if (sa == null || sb == null) {
            return true;
        }
        return PyText.compare(sa.start, sb.end) <= 0 && PyText.compare(sb.start, sa.end) <= 0;
    }

    /**
     * score.py {@code date_correct}: the system span lies inside the gold span, or the gold is one day
     * and the system gives a short interval starting that day within the same month.
     */
    static boolean correct(JsonNode system, JsonNode gold) {
        DateSpan sg = of(gold);
        DateSpan ss = of(system);
        if (sg == null) {
            return ss == null;
        }
        if (ss == null) {
            return false;
        }
        if (PyText.compare(sg.start, ss.start) <= 0 && PyText.compare(ss.end, sg.end) <= 0) {
            return true;
        }
        return PyText.length(PyJson.str(gold)) == 10 && ss.start.equals(sg.start)
                && PyText.prefix(ss.end, 7).equals(PyText.prefix(sg.start, 7));
    }
}
