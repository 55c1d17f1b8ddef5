package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.time.DateResolution;
import org.entente.time.TimeExpression;

import java.util.List;

/**
 * When a trigger happened: the time expression of its sentence that dates it, and the tests that
 * keep another clause's date off it (a later participle, a list of commitments, a date after the
 * article). One job of event extraction, apart from the rest.
 */
final class TriggerTime {
    /** How many words may separate a commitment's object from the date that belongs to it. */
    private static final int COMMITMENT_DATE_WINDOW = 8;

    private final Words words;
    private final DateResolution dates;

    TriggerTime(Words words, DateResolution dates) {
        this.words = words;
        this.dates = dates;
    }

    /** The expression follows the commitment's object within a few words. */
    boolean closeAfter(LemmatizedSentence ls, RuleHit h, TimeExpression t) {
        int words = 0;
        for (int i = h.last() + 1; i < ls.size(); i++) {
            if (ls.tokens().get(i).start() >= t.span().start()) {
                return words <= COMMITMENT_DATE_WINDOW;
            }
            words++;
        }
        return false;
    }

    boolean afterPublication(String value, ArticleFacts facts) {
        if (facts.published() == null) {
            return false;
        }
        String start = value.split("/")[0];
        String anchor = facts.published().anchor().toString();
        return start.compareTo(anchor.substring(0, Math.min(anchor.length(), start.length()))) > 0;
    }

    /**
     * A treaty's noun followed by "conclu" is a signing only when its year follows ("le traité
     * de pêche conclu en 2010"); otherwise it names an agreement the story refers to.
     */
    boolean concludedWithoutYear(LemmatizedSentence ls, RuleHit h, List<TimeExpression> times) {
        if (!ls.forms().get(h.last()).lemmas().contains("conclure")
                || !ls.forms().get(h.first()).canBeNoun()) {
            return false;
        }
        int from = ls.tokens().get(h.last()).end();
        int to = ls.tokens().get(Math.min(ls.size() - 1, h.last() + 4)).end();
        return times.stream().noneMatch(t -> t.granularity() == org.entente.time.Granularity.YEAR && t.value() != null
                && t.span().start() >= from && t.span().start() <= to);
    }

    /** A demonstrative in or right before the trigger: "lors de cette discussion", "ce sommet". */
    boolean pointsBack(LemmatizedSentence ls, RuleHit h) {
        for (int i = Math.max(0, h.first() - 2); i <= h.last(); i++) {
            if (words.is("DEMONSTRATIVE", ls.tokens().get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time expression that dates the trigger (see {@link DateResolution}); when the sentence
     * states a time that could not be resolved ("l'an dernier" without a publication date), that
     * expression, so the event is not given the story's date by mistake.
     */
    TimeExpression governing(List<TimeExpression> times, LemmatizedSentence ls, RuleHit h) {
        int at = ls.tokens().get(h.first()).start();
        int end = ls.tokens().get(h.last()).end();
        for (TimeExpression t : times) {
            // "suspendu en 2016 de ce qui était alors le forum": a date inside the trigger's own words is its.
            if (t.value() != null && !t.origin() && t.span().start() > at && t.span().end() < end) {
                return t;
            }
        }
        if (h.last() + 1 < ls.size() && ls.forms().get(h.last()).isPastParticiple()) {
            // "le traité signé cinq ans auparavant", "l'accord conclu en 2015": the date right
            // after the trigger's participle is that participle's, whatever the main verb's.
            int next = ls.tokens().get(h.last() + 1).start();
            for (TimeExpression t : times) {
                if (t.value() != null && !t.origin() && t.span().start() == next) {
                    return t;
                }
            }
        }
        return dates.governing(ls.sentence(), times, at)
                .orElse(times.stream().filter(t -> t.value() == null && !t.origin()).findFirst().orElse(null));
    }
}
