package org.entente.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spelling variants of a folded name token by rule (translit-rules.tsv): "tokaiev" also matches
 * "tokayev" and "tokaev", "nourtleou" matches "nurtleu". Bounded, because each rule doubles the set.
 */
final class Transliteration {
    private static final int MAX_VARIANTS = 24;
    private final List<String[]> pairs;

    Transliteration(List<String[]> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    static Transliteration load() {
        List<String[]> pairs = new ArrayList<>();
        for (String[] r : Tsv.read("translit-rules.tsv")) {
            pairs.add(new String[] {Tsv.col(r, 0), Tsv.col(r, 1)});
        }
        return new Transliteration(pairs);
    }

    Set<String> variants(String norm) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm);
        for (int round = 0; round < 2; round++) {
            for (String v : List.copyOf(out)) {
                for (String[] p : pairs) {
                    replaceAll(v, p[0], p[1], out);
                    replaceAll(v, p[1], p[0], out);
                    if (out.size() >= MAX_VARIANTS) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    private static void replaceAll(String v, String a, String b, Set<String> out) {
        if (v.contains(a)) {
            out.add(v.replace(a, b));
        }
    }
}
