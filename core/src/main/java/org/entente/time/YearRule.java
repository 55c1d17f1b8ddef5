package org.entente.time;

import java.util.Optional;

/**
 * Years: a four-digit number is a year only after a cue ({@code [year-cues]}: "en 2025",
 * "depuis 1992", "jusqu'en 2030", "(2019)", "fin 2025") or in a range "de 2019 à 2023".
 * "plus de 2000 personnes" and "de 1500 soldats" are quantities and are skipped.
 */
final class YearRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        Optional<Match> range = range(s, i);
        if (range.isPresent()) {
            return range;
        }
        int k = s.anyPhraseEnd(i, s.lex.yearCues);
        if (k < 0 || s.year(k) == 0 || isQuantity(s, i, k)) {
            return Optional.empty();
        }
        // "(2021)": the bracket is a cue, not part of the expression.
        int from = s.norm(i).equals("(") ? k : i;
        return Optional.of(Match.absolute(from, k + 1, String.valueOf(s.year(k)), Granularity.YEAR));
    }

    private static Optional<Match> range(Scan s, int i) {
        String close = s.lex.yearRange.get(s.norm(i));
        if (close == null || s.year(i + 1) == 0 || !s.norm(i + 2).equals(close) || s.year(i + 3) == 0
                || s.year(i + 1) >= s.year(i + 3) || isQuantity(s, i, i + 3)) {
            return Optional.empty();
        }
        return Optional.of(Match.absolute(i, i + 4, s.year(i + 1) + "/" + s.year(i + 3), Granularity.INTERVAL));
    }

    private static boolean isQuantity(Scan s, int cue, int number) {
        if (s.lex.yearQuantityBefore.contains(s.norm(cue - 1))) {
            return true;
        }
        String next = s.norm(number + 1);
        return s.isLowerWord(number + 1) && next.length() > 3 && (next.endsWith("s") || next.endsWith("x"))
                && !s.lex.yearPluralFollowers.contains(next);
    }
}
