package org.entente.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The closed word classes of {@code words.tsv}, by kind. */
final class Words {
    private final Map<String, Set<String>> byKind;

    private Words(Map<String, Set<String>> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    static Words load() {
        Map<String, Set<String>> m = new HashMap<>();
        for (RuleFile.Line line : RuleFile.read("words.tsv")) {
            m.computeIfAbsent(line.columns()[0].strip(), k -> new HashSet<>()).add(line.columns()[1].strip());
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Words(frozen);
    }

    boolean is(String kind, String word) {
        return byKind.getOrDefault(kind, Set.of()).contains(word);
    }

    /** The first word of the kind that {@code word} starts with, or null. */
    String prefixOf(String kind, String word) {
        for (String p : byKind.getOrDefault(kind, Set.of())) {
            if (word.startsWith(p)) {
                return p;
            }
        }
        return null;
    }

    Set<String> all(String kind) {
        return byKind.getOrDefault(kind, Set.of());
    }
}
