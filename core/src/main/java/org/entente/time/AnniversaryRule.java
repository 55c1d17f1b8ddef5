package org.entente.time;

import java.util.Optional;

/**
 * Durations and anniversaries that date a founding event: "32 ans après l'établissement des
 * relations diplomatiques", "après trente ans de relations", "le 30e anniversaire de
 * l'établissement...". The value is the publication year minus N, marked as an origin
 * ({@link org.entente.time.TimeExpression#origin()}). The span runs on over the noun phrase that
 * names the founding event, up to the next punctuation or verb-like word of {@code [origin-tail-stops]} (at most {@value #TAIL} tokens), so that
 * {@link DateResolution} can give this value to a trigger inside it and to nothing else.
 */
final class AnniversaryRule implements TimeRule {
    static final int TAIL = 8;

    @Override
    public Optional<Match> match(Scan s, int i) {
        // "32 ans après ...", "six mois après ...": months too, since a recent event is often
        // dated only by how long ago it was from the one being reported
        Optional<NumberWords.Parsed> n = NumberWords.cardinal(s, i);
        if (n.isPresent() && s.lex.durationAfter.contains(s.norm(n.get().next() + 1))) {
            if (isYears(s, n.get().next())) {
                return Optional.of(origin(s, i, n.get().next() + 2, n.get().value()));
            }
            if (isMonths(s, n.get().next())) {
                return Optional.of(origin(s, i, n.get().next() + 2, n.get().value(), Unit.MONTH));
            }
        }
        // "32 années de coopération après ...": one complement noun may come in between
        int k = n.isPresent() ? n.get().next() : -1;
        if (n.isPresent() && isYears(s, k) && (s.norm(k + 1).equals("de") || s.norm(k + 1).equals("d'"))
                && s.lex.durationAfter.contains(s.norm(k + 3))) {
            return Optional.of(origin(s, i, k + 4, n.get().value()));
        }
        // "après 32 ans de ..."
        if (s.lex.durationAfter.contains(s.norm(i))) {
            n = NumberWords.cardinal(s, i + 1);
            if (n.isPresent() && isYears(s, n.get().next())
                    && (s.norm(n.get().next() + 1).equals("de") || s.norm(n.get().next() + 1).equals("d'"))) {
                return Optional.of(origin(s, i, n.get().next() + 2, n.get().value()));
            }
        }
        // "le 30e anniversaire de ..."
        int j = s.lex.articles.contains(s.norm(i)) ? i + 1 : i;
        Optional<NumberWords.Parsed> o = NumberWords.ordinal(s, j);
        if (o.isPresent() && s.lex.anniversary.contains(s.norm(o.get().next()))) {
            return Optional.of(origin(s, i, o.get().next() + 1, o.get().value()));
        }
        return Optional.empty();
    }

    private static boolean isYears(Scan s, int i) {
        TimeLexicon.Step step = s.lex.units.get(s.norm(i));
        return step != null && step.unit() == Unit.YEAR;
    }

    private static boolean isMonths(Scan s, int i) {
        TimeLexicon.Step step = s.lex.units.get(s.norm(i));
        return step != null && step.unit() == Unit.MONTH && step.amount() == 1;
    }

    private static Match origin(Scan s, int from, int coreEnd, int years) {
        return origin(s, from, coreEnd, years, Unit.YEAR);
    }

    private static Match origin(Scan s, int from, int coreEnd, int amount, Unit unit) {
        int end = coreEnd;
        while (end < s.size() && end < coreEnd + TAIL && isPhraseToken(s, end)) {
            end++;
        }
        String value = amount > 0 && amount < 1000 ? s.cal.shifted(unit, -amount).orElse(null) : null;
        return new Match(from, end, value, unit == Unit.MONTH ? Granularity.MONTH : Granularity.YEAR, true, true);
    }

    private static boolean isPhraseToken(Scan s, int i) {
        String n = s.norm(i);
        if (s.lex.originTailStops.contains(n)) {
            return false;
        }
        if (n.equals("-")) {
            return s.touching(i - 1) && s.touching(i);
        }
        return !n.isEmpty() && Character.isLetterOrDigit(n.charAt(0));
    }
}
