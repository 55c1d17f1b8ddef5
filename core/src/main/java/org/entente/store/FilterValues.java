package org.entente.store;

import org.entente.events.Event;
import org.entente.events.EventType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values an event query accepts, checked the same way for the command line and the API, so
 * that a typo is an error that lists what would do rather than an empty answer. Each check
 * throws {@link IllegalArgumentException} with a message for the user, naming the option as the
 * caller calls it ({@code --since} or {@code since}).
 */
public final class FilterValues {
    /** The statuses an event can have. */
    public static final List<String> STATUSES = List.of(Event.HAPPENED, Event.PLANNED, Event.ANNOUNCED);
    /** Most rows one query returns; a larger page is asked for with an offset. */
    public static final int MAX_LIMIT = 10_000;

    private static final Pattern DATE = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2}))?)?");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private FilterValues() {
    }

    /** Event type names, upper-cased. */
    public static Set<String> types(Collection<String> given, String name) {
        Set<String> known = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet());
        for (String t : given) {
            if (!known.contains(t.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + ": unknown event type '" + t + "'; the types are "
                        + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return given.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A status, or null for all of them. */
    public static String status(String given, String name) {
        if (given == null) {
            return null;
        }
        String s = given.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(s)) {
            throw new IllegalArgumentException(name + ": unknown status '" + given + "'; the statuses are "
                    + String.join(", ", STATUSES));
        }
        return s;
    }

    /** A year, month or day of the calendar ("2024-02-30" is none), or null. */
    public static String date(String given, String name) {
        if (given == null) {
            return null;
        }
        var m = DATE.matcher(given);
        boolean ok = m.matches();
        if (ok && m.group(3) != null) {
            try {
                if (m.group(5) != null) {
                    LocalDate.parse(given);
                } else {
                    YearMonth.parse(given);
                }
            } catch (DateTimeException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException(name + " takes a year, month or day of the calendar "
                    + "(2024, 2024-01 or 2024-01-31), not '" + given + "'");
        }
        return given;
    }

    /** Alpha-3 codes, upper-cased; whether such a state exists is for the caller, who knows the actor base. */
    public static Set<String> countries(Collection<String> given, String name) {
        Set<String> out = given.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String c : out) {
            if (!ISO3.matcher(c).matches()) {
                throw new IllegalArgumentException(name + ": '" + c + "' is not an ISO 3166 alpha-3 code (FRA, CHN, KAZ)");
            }
        }
        return out;
    }

    public static int limit(int given, String name) {
        if (given < 1 || given > MAX_LIMIT) {
            throw new IllegalArgumentException(name + " is a number of rows from 1 to " + MAX_LIMIT + ", not " + given);
        }
        return given;
    }

    public static int offset(int given, String name) {
        if (given < 0) {
            throw new IllegalArgumentException(name + " is a number of rows to skip, 0 or more, not " + given);
        }
        return given;
    }
}
