package org.entente.time;

import java.util.Optional;

/**
 * A span counted from another date of the sentence: "le pacte signé quatre ans plus tôt", "le
 * traité signé cinq ans auparavant", "deux ans plus tard". Matched against the publication date
 * like any rule, then {@link TimeTagger} counts it again from the date the sentence states before
 * it, or leaves it unresolved when there is none: the publication date is not what it counts from.
 */
final class CountedRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        Optional<NumberWords.Parsed> n = NumberWords.cardinal(s, i);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        TimeLexicon.Step step = s.lex.units.get(s.norm(n.get().next()));
        if (step == null) {
            return Optional.empty();
        }
        int after = n.get().next() + 1;
        int sign = -1;
        int end = s.anyPhraseEnd(after, s.lex.countedEarlier);
        if (end < 0) {
            sign = 1;
            end = s.anyPhraseEnd(after, s.lex.countedLater);
        }
        if (end < 0) {
            return Optional.empty();
        }
        Granularity g = step.unit().granularity();
        int amount = sign * n.get().value() * step.amount();
        return Optional.of(Match.relative(i, end, s.cal.shifted(step.unit(), amount).orElse(null), g));
    }
}
