package org.entente.time;

import org.entente.text.Normalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of {@code lexicon.tsv}: months, weekdays, number words and duration units. */
final class TimeLexicon {
    private final Map<String, Map<String, String>> byKind;

    private TimeLexicon(Map<String, Map<String, String>> byKind) {
        this.byKind = byKind;
    }

    static TimeLexicon load() {
        Map<String, Map<String, String>> m = new HashMap<>();
        try (InputStream in = TimeLexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("time lexicon.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                m.computeIfAbsent(c[0], k -> new HashMap<>()).put(Normalizer.fold(c[1]), c[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TimeLexicon(m);
    }

    /** A regex alternation of the words of a kind, longest first, accents optional. */
    String alternation(String kind) {
        List<String> words = byKind.getOrDefault(kind, Map.of()).keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return words.stream().map(TimeLexicon::accentInsensitive).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String accentInsensitive(String folded) {
        StringBuilder b = new StringBuilder();
        for (char c : folded.toCharArray()) {
            switch (c) {
                case 'e' -> b.append("[eéèêë]");
                case 'a' -> b.append("[aàâä]");
                case 'u' -> b.append("[uûùü]");
                case 'i' -> b.append("[iîï]");
                case 'o' -> b.append("[oôö]");
                case 'c' -> b.append("[cç]");
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    Integer value(String kind, String word) {
        String v = byKind.getOrDefault(kind, Map.of()).get(Normalizer.fold(word).replace(".", ""));
        if (v == null) {
            return null;
        }
        return Integer.parseInt(v);
    }

    String text(String kind, String word) {
        return byKind.getOrDefault(kind, Map.of()).get(Normalizer.fold(word));
    }

    /** A count written in digits or in words. */
    Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return value("NUMBER", s);
    }
}
