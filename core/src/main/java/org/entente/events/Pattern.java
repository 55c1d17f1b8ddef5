package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.WordForm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled pattern of {@code rules.tsv}: a sequence of word elements with bounded gaps,
 * matched over lemmas so one row covers every inflection.
 */
public final class Pattern {
    record Element(Set<String> lemmas, List<String> prefixes, boolean key, int maxGapBefore) {
        boolean matches(WordForm form, String norm) {
            for (String l : form.lemmas()) {
                if (lemmas.contains(l)) {
                    return true;
                }
            }
            for (String p : prefixes) {
                if (norm.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A match: first and last token index, and the token index of the key element or -1. */
    record Hit(int first, int last, int key) {
    }

    private final List<Element> elements;
    private final String source;
    /** Read once: the closed class of French determiners (words.tsv). */
    private static final Words WORDS = Words.load();

    private Pattern(List<Element> elements, String source) {
        this.elements = List.copyOf(elements);
        this.source = source;
    }

    static Pattern compile(String text) {
        List<Element> out = new ArrayList<>();
        int gap = 0;
        for (String part : text.trim().split("\\s+")) {
            if (part.matches("~\\d+")) {
                gap = Integer.parseInt(part.substring(1));
                continue;
            }
            boolean key = false;
            Set<String> lemmas = new LinkedHashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : part.split("\\|")) {
                if (alt.startsWith("@")) {
                    key = true;
                    alt = alt.substring(1);
                }
                String folded = Normalizer.fold(alt);
                if (folded.endsWith("*")) {
                    prefixes.add(folded.substring(0, folded.length() - 1));
                } else {
                    lemmas.add(folded);
                }
            }
            out.add(new Element(lemmas, prefixes, key, gap));
            gap = 0;
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return new Pattern(out, text);
    }

    Element first() {
        return elements.get(0);
    }

    String source() {
        return source;
    }

    /** All matches starting at token {@code start} (the shortest for each start). */
    Hit matchAt(LemmatizedSentence s, int start) {
        if (!matches(elements.get(0), s, start)) {
            return null;
        }
        int key = elements.get(0).key() ? start : -1;
        return extend(s, 1, start, start, key);
    }

    private Hit extend(LemmatizedSentence s, int element, int first, int last, int key) {
        if (element == elements.size()) {
            return new Hit(first, last, key);
        }
        Element e = elements.get(element);
        // A gap counts words: the hyphens of "Etats-Unis" or "a-t-il" and the dot of "M. Xi" are
        // tokens, not words.
        int words = 0;
        for (int i = last + 1; words <= e.maxGapBefore() && i < s.size(); i++) {
            if (matches(e, s, i)) {
                Hit h = extend(s, element + 1, first, i, e.key() ? i : key);
                if (h != null) {
                    return h;
                }
            }
            if (!"-".equals(s.tokens().get(i).norm()) && !abbreviationDot(s, i)) {
                words++;
            }
        }
        return null;
    }

    /** The dot of a one-letter title: "M." of "M. Xi". */
    private static boolean abbreviationDot(LemmatizedSentence s, int i) {
        if (i == 0 || !".".equals(s.tokens().get(i).norm())) {
            return false;
        }
        String before = s.tokens().get(i - 1).text();
        return before.length() == 1 && Character.isUpperCase(before.charAt(0));
    }

    /**
     * The element matches word i, unless it matches only through another reading of a noun right
     * after a determiner: "le président" is no form of "présider", "la visite" none of "visiter".
     */
    private static boolean matches(Element e, LemmatizedSentence s, int i) {
        WordForm form = s.forms().get(i);
        String norm = s.tokens().get(i).norm();
        if (!e.matches(form, norm)) {
            return false;
        }
        if (i == 0 || e.lemmas().contains(norm) || !form.lemmas().contains(norm) || !e.prefixes().isEmpty()
                || !WORDS.is("DETERMINER", s.tokens().get(i - 1).norm())) {
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
