package org.entente.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a cardinal ("32", "trente", "vingt-deux", "trente et un") or an ordinal ("30e",
 * "trentième", "vingt-cinquième") starting at a token, with the words of {@code numbers.txt}.
 */
final class NumberWords {
    /** A number and the token after it. */
    record Parsed(int value, int next) {
    }

    private NumberWords() {
    }

    static Optional<Parsed> cardinal(Scan s, int i) {
        String n = s.norm(i);
        if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
            return n.length() <= 4 ? Optional.of(new Parsed(Integer.parseInt(n), i + 1)) : Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        int j = i;
        while (true) {
            Integer v = s.lex.cardinals.get(s.norm(j));
            if (v == null) {
                break;
            }
            parts.add(v);
            j++;
            if (s.norm(j).equals("-") && s.touching(j - 1) && s.touching(j) && s.lex.cardinals.containsKey(s.norm(j + 1))) {
                j++;
            } else if (s.norm(j).equals("et") && s.lex.cardinals.containsKey(s.norm(j + 1)) && !parts.isEmpty()
                    && parts.get(parts.size() - 1) >= 20) {
                j++;
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Parsed(combine(parts), j));
    }

    static Optional<Parsed> ordinal(Scan s, int i) {
        String n = s.norm(i);
        int digits = 0;
        while (digits < n.length() && Character.isDigit(n.charAt(digits))) {
            digits++;
        }
        if (digits > 0) {
            boolean suffixed = digits < n.length() && s.lex.ordinalSuffixes.contains(n.substring(digits));
            return suffixed && digits <= 4 ? Optional.of(new Parsed(Integer.parseInt(n.substring(0, digits)), i + 1))
                    : Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        int j = i;
        while (true) {
            String w = s.norm(j);
            Integer last = ordinalWord(s, w);
            if (last != null) {
                parts.add(last);
                return Optional.of(new Parsed(combine(parts), j + 1));
            }
            Integer v = s.lex.cardinals.get(w);
            if (v == null) {
                return Optional.empty();
            }
            parts.add(v);
            j++;
            if ((s.norm(j).equals("-") && s.touching(j - 1)) || s.norm(j).equals("et")) {
                j++;
            }
        }
    }

    private static Integer ordinalWord(Scan s, String w) {
        Integer direct = s.lex.ordinals.get(w);
        if (direct != null) {
            return direct;
        }
        if (!w.endsWith("ieme") || w.length() <= 4) {
            return null;
        }
        String stem = w.substring(0, w.length() - 4);
        stem = s.lex.ordinalStems.getOrDefault(stem, stem);
        Integer v = s.lex.cardinals.get(stem);
        return v != null ? v : s.lex.cardinals.get(stem + "e");
    }

    /** Adds the parts, except that "quatre-vingt" multiplies and "cent"/"mille" scale what precedes. */
    private static int combine(List<Integer> parts) {
        int total = 0;
        int current = 0;
        for (int v : parts) {
            if (v == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else if (v == 20 && current % 100 == 4) {
                current += 76;
            } else {
                current += v;
            }
        }
        return total + current;
    }
}
