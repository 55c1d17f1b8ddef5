package org.entente.time;

import java.util.Optional;

/**
 * Fixed relative phrases of {@code relative.txt}: "hier", "aujourd'hui", "l'an dernier",
 * "cette année", "le mois prochain", "la semaine dernière" (a Monday-to-Sunday interval)...
 * A leading article is absorbed into the span. "cette année-là" points back into the story, not
 * to the publication date, and is skipped, as is "ce mois de juillet" (left to {@link MonthRule}).
 */
final class RelativePhraseRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        int j = s.lex.articles.contains(s.norm(i)) ? i + 1 : i;
        Optional<Match> m = at(s, i, j);
        return m.isPresent() || j == i ? m : at(s, i, i);
    }

    private static Optional<Match> at(Scan s, int from, int j) {
        for (TimeLexicon.Phrase p : s.lex.phrases) {
            int end = s.phraseEnd(j, p.tokens());
            if (end < 0) {
                continue;
            }
            if (s.anyPhraseEnd(end, s.lex.anaphoricTails) >= 0 && s.touching(end - 1)) {
                return Optional.empty();
            }
            if (p.unit() == Unit.MONTH && (s.norm(end).equals("de") || s.norm(end).equals("d'")) && s.month(end + 1) > 0) {
                return Optional.empty();
            }
            Granularity g = switch (p.unit()) {
                case DAY -> Granularity.DAY;
                case WEEK -> Granularity.INTERVAL;
                case MONTH -> Granularity.MONTH;
                case YEAR -> Granularity.YEAR;
            };
            return Optional.of(Match.relative(from, end, s.cal.shifted(p.unit(), p.offset()).orElse(null), g));
        }
        return Optional.empty();
    }
}
