package org.entente.web;

import org.entente.events.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the pages draw each event type, read from {@code types.tsv}: its colour and whether it has
 * a direction worth an arrow. Types are data: a type added to {@link EventType} without a row
 * there fails here at start-up rather than showing up grey.
 */
final class TypeStyle {
    /** Types without a row (never, once the start-up check passed) and unknown stored values. */
    static final String OTHER = "#7f7f7f";

    private record Row(String colour, boolean directed) {
    }

    private static final Map<String, Row> ROWS = load();

    private TypeStyle() {
    }

    /** Every event type, in the order of the legend. */
    static List<String> types() {
        return List.copyOf(ROWS.keySet());
    }

    static String colour(String type) {
        Row r = type == null ? null : ROWS.get(type);
        return r == null ? OTHER : r.colour();
    }

    /** Whether "source → target" means something for this type (a visit has a visitor and a host). */
    static boolean directed(String type) {
        Row r = type == null ? null : ROWS.get(type);
        return r != null && r.directed();
    }

    private static Map<String, Row> load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = TypeStyle.class.getResourceAsStream("types.tsv")) {
            if (in == null) {
                throw new IllegalStateException("types.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 3 || !c[1].matches("#[0-9a-fA-F]{6}")) {
                    throw new IllegalStateException("types.tsv: bad row: " + line);
                }
                rows.put(c[0].strip(), new Row(c[1].strip(), c[2].strip().equals("yes")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("types.tsv unreadable", e);
        }
        Set<String> missing = new TreeSet<>();
        for (EventType t : EventType.values()) {
            if (!rows.containsKey(t.name())) {
                missing.add(t.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("types.tsv has no row for " + missing);
        }
        List<String> unknown = new ArrayList<>();
        for (String k : rows.keySet()) {
            try {
                EventType.valueOf(k);
            } catch (IllegalArgumentException e) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("types.tsv names types that do not exist: " + unknown);
        }
        return java.util.Collections.unmodifiableMap(rows);
    }
}
