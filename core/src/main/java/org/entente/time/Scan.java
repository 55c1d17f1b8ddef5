package org.entente.time;

import java.util.List;
import org.entente.text.Token;

/** A sentence being tagged: its tokens, the lexicon, the calendar and the tense cues. */
final class Scan {
    final List<Token> tokens;
    final TimeLexicon lex;
    final AnchorCalendar cal;
    private final TenseDetector tense;
    private final List<TenseDetector.Mark> marks;

    Scan(List<Token> tokens, TimeLexicon lex, AnchorCalendar cal, TenseDetector tense) {
        this.tokens = tokens;
        this.lex = lex;
        this.cal = cal;
        this.tense = tense;
        this.marks = tense.marks(tokens);
    }

    int size() {
        return tokens.size();
    }

    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** True when token i ends exactly where token i+1 starts ("mi-mai", "2024-05-06"). */
    boolean touching(int i) {
        return i >= 0 && i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    boolean isLowerWord(int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isLetter(t.charAt(0)) && Character.isLowerCase(t.charAt(0));
    }

    /** End (exclusive) of {@code phrase} matched at token i, or -1. */
    int phraseEnd(int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!norm(i + k).equals(phrase.get(k))) {
                return -1;
            }
        }
        return i + phrase.size();
    }

    /** End of the longest of {@code phrases} matched at token i, or -1. */
    int anyPhraseEnd(int i, List<List<String>> phrases) {
        int best = -1;
        for (List<String> p : phrases) {
            best = Math.max(best, phraseEnd(i, p));
        }
        return best;
    }

    /** End of the longest of {@code phrases} that ends exactly at token {@code end}, or -1 as start. */
    int phraseStartBefore(int end, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            int start = end - p.size();
            if (start >= 0 && phraseEnd(start, p) == end) {
                return start;
            }
        }
        return -1;
    }

    Tense tenseAt(int i) {
        return tense.at(marks, i);
    }

    /** Month number of the month word at i, or 0. */
    int month(int i) {
        return lex.months.getOrDefault(norm(i), 0);
    }

    /** Token after a month word, skipping the dot of an abbreviation ("janv."). */
    int afterMonth(int i) {
        return lex.monthAbbreviations.contains(norm(i)) && norm(i + 1).equals(".") && touching(i) ? i + 2 : i + 1;
    }

    /** Day of month written at i ("3", "03", "1er", "premier"), or 0. */
    int day(int i) {
        String n = norm(i);
        int digits = 0;
        while (digits < n.length() && Character.isDigit(n.charAt(digits))) {
            digits++;
        }
        int value;
        if (digits == 0) {
            value = lex.ordinals.getOrDefault(n, 0) == 1 ? 1 : 0;
        } else if (digits > 2) {
            value = 0;
        } else if (digits == n.length()) {
            value = Integer.parseInt(n);
        } else {
            // Only the first of the month takes an ordinal in French dates: "1er", "1re".
            String suffix = n.substring(digits);
            value = n.substring(0, digits).equals("1") && lex.ordinalSuffixes.contains(suffix)
                    && (suffix.startsWith("er") || suffix.startsWith("re")) ? 1 : 0;
        }
        return value >= 1 && value <= 31 ? value : 0;
    }

    /** A four-digit year 1900..2100 at i, or 0. */
    int year(int i) {
        String n = norm(i);
        if (n.length() != 4) {
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(n.charAt(k))) {
                return 0;
            }
        }
        int y = Integer.parseInt(n);
        return y >= 1900 && y <= 2100 ? y : 0;
    }
}
