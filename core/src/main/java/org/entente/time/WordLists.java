package org.entente.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the sectioned word lists of this package: "[section]" headers, one entry per line,
 * "key = value" or a bare key, "#" comment lines. Keys of several tokens are written with their
 * folded tokens separated by single spaces.
 */
final class WordLists {
    private final Map<String, List<String[]>> sections;

    private WordLists(Map<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static WordLists read(String resource) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        List<String[]> current = null;
        try (var in = WordLists.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> resource + " missing from the classpath");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + ": entry before any [section]: " + line);
                }
                int eq = line.indexOf(" = ");
                current.add(eq < 0 ? new String[]{line, null}
                        : new String[]{line.substring(0, eq).strip(), line.substring(eq + 3).strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordLists(out);
    }

    List<String[]> entries(String section) {
        List<String[]> e = sections.get(section);
        if (e == null) {
            throw new IllegalStateException("missing section [" + section + "]");
        }
        return e;
    }

    Set<String> set(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] e : entries(section)) {
            out.add(e[0]);
        }
        return Set.copyOf(out);
    }

    Map<String, String> map(String section) {
        Map<String, String> out = new HashMap<>();
        for (String[] e : entries(section)) {
            out.put(e[0], e[1]);
        }
        return Map.copyOf(out);
    }

    Map<String, Integer> ints(String section) {
        Map<String, Integer> out = new HashMap<>();
        for (String[] e : entries(section)) {
            out.put(e[0], Integer.parseInt(e[1]));
        }
        return Map.copyOf(out);
    }

    /** Multi-token keys split into their tokens, longest first so that matching is greedy. */
    List<List<String>> phrases(String section) {
        List<List<String>> out = new ArrayList<>();
        for (String[] e : entries(section)) {
            out.add(List.of(e[0].split(" ")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }
}
