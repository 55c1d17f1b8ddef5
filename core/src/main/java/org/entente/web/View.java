package org.entente.web;

import io.javalin.http.BadRequestResponse;
import org.entente.store.Queries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a list page shows, entirely from its URL so that a view can be reloaded, bookmarked and
 * shared: types, status, date range and free text (and, on the events page, states). Pages build
 * their links and downloads from it with {@link #query}.
 *
 * @param countries states that must all take part (alpha-3), empty for any
 * @param types     types to keep, empty for all
 * @param status    one status, or null for all
 * @param since     ISO year, month or day, or null
 * @param until     ISO year, month or day, or null
 * @param text      words to find in an evidence sentence, or null
 */
record View(Set<String> countries, Set<String> types, String status, String since, String until, String text) {
    static final List<String> STATUSES = List.of("happened", "planned", "announced");

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final int MAX_TEXT = 200;

    View {
        countries = Set.copyOf(new TreeSet<>(countries));
        types = Set.copyOf(new TreeSet<>(types));
        text = text == null || text.isBlank() ? null : text.strip();
    }

    static View all() {
        return new View(Set.of(), Set.of(), null, null, null, null);
    }

    /**
     * The view named by query parameters ({@code types} and {@code countries} comma-separated,
     * repeated, or both).
     *
     * @throws BadRequestResponse naming the parameter that cannot be read
     */
    static View of(java.util.function.Function<String, List<String>> params) {
        Set<String> types = new TreeSet<>();
        for (String t : list(params.apply("types"))) {
            String u = t.toUpperCase(Locale.ROOT);
            if (!TypeStyle.types().contains(u)) {
                throw new BadRequestResponse("types are " + String.join(", ", TypeStyle.types()) + ", not " + t);
            }
            types.add(u);
        }
        Set<String> countries = new TreeSet<>();
        for (String c : list(params.apply("countries"))) {
            String u = c.toUpperCase(Locale.ROOT);
            if (!ISO3.matcher(u).matches()) {
                throw new BadRequestResponse("countries are ISO 3166 alpha-3 codes (FRA, CHN)");
            }
            countries.add(u);
        }
        String status = one(params.apply("status"));
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestResponse("status is one of " + String.join(", ", STATUSES));
        }
        String text = one(params.apply("text"));
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadRequestResponse("text is at most " + MAX_TEXT + " characters");
        }
        return new View(countries, types, status, date(params.apply("since"), "since"), date(params.apply("until"), "until"), text);
    }

    private static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static String one(List<String> values) {
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String date(List<String> values, String name) {
        String v = one(values);
        if (v != null && !DATE.matcher(v).matches()) {
            throw new BadRequestResponse(name + " must be a year, month or day (2024, 2024-03, 2024-03-15)");
        }
        return v;
    }

    boolean isAll() {
        return types.isEmpty() && status == null && since == null && until == null && text == null;
    }

    View withTypes(Set<String> t) {
        return new View(countries, t, status, since, until, text);
    }

    View withRange(String from, String to) {
        return new View(countries, types, status, from, to, text);
    }

    /** The store's filter for this view, with these states (the page's pair) added to the view's. */
    Queries.EventFilter filter(Set<String> states) {
        Set<String> all = new TreeSet<>(countries);
        all.addAll(states);
        return new Queries.EventFilter(all, Set.of(), types, since, until, text, status, 10_000, 0);
    }

    /** This view as a query string ("?types=MEET&since=2020"), empty for the view of everything. */
    String query(String... extra) {
        List<String> p = new ArrayList<>();
        if (!countries.isEmpty()) {
            p.add("countries=" + String.join(",", countries));
        }
        if (!types.isEmpty()) {
            p.add("types=" + String.join(",", types));
        }
        add(p, "status", status);
        add(p, "since", since);
        add(p, "until", until);
        add(p, "text", text);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            add(p, extra[i], extra[i + 1]);
        }
        return p.isEmpty() ? "" : "?" + String.join("&", p);
    }

    private static void add(List<String> p, String name, String value) {
        if (value != null) {
            p.add(name + "=" + Html.query(value));
        }
    }
}
