package org.entente.time;

import java.util.Optional;

/**
 * Stated offsets from the publication date: "il y a deux jours", "il y a 30 ans",
 * "dans trois semaines", "d'ici deux ans". Weeks count as seven days and give a day.
 */
final class OffsetRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        int sign = -1;
        int k = s.anyPhraseEnd(i, s.lex.ago);
        if (k < 0) {
            sign = 1;
            k = s.anyPhraseEnd(i, s.lex.ahead);
        }
        if (k < 0) {
            return Optional.empty();
        }
        Optional<NumberWords.Parsed> n = NumberWords.cardinal(s, k);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        TimeLexicon.Step step = s.lex.units.get(s.norm(n.get().next()));
        if (step == null) {
            return Optional.empty();
        }
        int amount = sign * n.get().value() * step.amount();
        Granularity g = step.unit().granularity();
        return Optional.of(Match.relative(i, n.get().next() + 1, s.cal.shifted(step.unit(), amount).orElse(null), g));
    }
}
