package org.entente.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.text.Sentence;
import org.entente.text.Span;

/**
 * Finds French time expressions in a sentence and resolves them against the publication date.
 *
 * <p>The grammar is a list of small rules ({@link TimeRule}); at each token the longest match
 * wins (the earlier rule on a tie) and scanning resumes after it, so "le mercredi 3 juillet"
 * is one date, not a weekday and a date. Relative expressions that cannot be resolved (no
 * publication date, or a day-precise expression against a month-precise date) are still
 * returned, with a null value, so that callers know a date was stated.
 */
public final class TimeTagger {
    private final TimeLexicon lexicon;
    private final TenseDetector tense;
    private final AnniversaryRule anniversary = new AnniversaryRule();
    private final CountedRule counted = new CountedRule();
    private final List<TimeRule> rules = List.of(
            new NumericDateRule(), new DayDateRule(), new MonthRule(), new YearRule(),
            anniversary, new OffsetRule(), new RelativePhraseRule(), new WeekdayRule(), counted);

    public TimeTagger() {
        this(TimeLexicon.load(), TenseDetector.load());
    }

    public TimeTagger(TimeLexicon lexicon, TenseDetector tense) {
        this.lexicon = lexicon;
        this.tense = tense;
    }

    /**
     * @param sentence a sentence of the article (token spans are article offsets)
     * @param anchor   the publication date, or null when unknown
     * @return the expressions in text order, offsets into the article text
     */
    public List<TimeExpression> find(Sentence sentence, PublicationDate anchor) {
        Scan scan = new Scan(sentence.tokens(), lexicon, new AnchorCalendar(anchor), tense);
        List<Match> found = new ArrayList<>();
        List<TimeRule> foundBy = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            Match best = null;
            TimeRule bestRule = null;
            for (TimeRule rule : rules) {
                Optional<Match> m = rule.match(scan, i);
                if (m.isPresent() && (best == null || m.get().to() > best.to())) {
                    best = m.get();
                    bestRule = rule;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            found.add(best);
            foundBy.add(bestRule);
            i = best.to();
        }
        List<TimeExpression> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Match m = found.get(k);
            out.add(expression(sentence, foundBy.get(k) == counted ? countedFromBefore(m, found, sentence)
                    : reanchored(m, found, sentence)));
        }
        return List.copyOf(out);
    }

    /**
     * "Six mois après ce sommet, ils se sont revus le 30 juin": a span of months after an event
     * counts back from the other date the sentence states, when it states one, rather than from
     * the publication date.
     */
    private Match reanchored(Match m, List<Match> found, Sentence sentence) {
        if (!m.origin() || m.granularity() != Granularity.MONTH) {
            return m;
        }
        for (Match other : found) {
            if (other.origin() || other.value() == null) {
                continue;
            }
            Optional<PublicationDate> anchor = PublicationDate.of(other.value(), other.granularity(), "sentence");
            if (anchor.isPresent()) {
                Scan scan = new Scan(sentence.tokens(), lexicon, new AnchorCalendar(anchor.get()), tense);
                return anniversary.match(scan, m.from()).orElse(m);
            }
        }
        return m;
    }

    /**
     * "quitté en 2019 le pacte signé cinq ans plus tôt": counted from the last date
     * the sentence states before it (2014), unresolved when it states none.
     */
    private Match countedFromBefore(Match m, List<Match> found, Sentence sentence) {
        Match before = null;
        for (Match other : found) {
            if (other.from() < m.from() && !other.origin() && other.value() != null && other != m) {
                before = other;
            }
        }
        Optional<PublicationDate> anchor = before == null ? Optional.empty()
                : PublicationDate.of(before.value(), before.granularity(), "sentence");
        if (before != null && anchor.isEmpty() && before.granularity() == Granularity.YEAR
                && m.granularity() == Granularity.YEAR && before.value().matches("\\d{4}")) {
            // Years counted from a year: "en 2018 ... conclu trois ans plus tôt" is 2015.
            anchor = Optional.of(PublicationDate.year(Integer.parseInt(before.value()), "sentence"));
        }
        if (anchor.isEmpty()) {
            return new Match(m.from(), m.to(), null, m.granularity(), true, false);
        }
        Scan scan = new Scan(sentence.tokens(), lexicon, new AnchorCalendar(anchor.get()), tense);
        return counted.match(scan, m.from()).orElse(m);
    }

    private static TimeExpression expression(Sentence sentence, Match m) {
        int start = sentence.tokens().get(m.from()).start();
        int end = sentence.tokens().get(m.to() - 1).end();
        String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
        return new TimeExpression(new Span(start, end), text, m.value(), m.granularity(), m.relative(), m.origin());
    }
}
