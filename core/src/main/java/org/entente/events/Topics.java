package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.util.List;

/**
 * States a meeting, visit or call was about rather than held with: "a évoqué avec son homologue
 * les agissements de la Turquie", "la guerre en Ukraine". The guidelines list the states whose
 * officials take part; a state named as a matter of the talks is none of them.
 */
final class Topics {
    /** How many words back from a state a verb of talking may govern it. */
    private static final int VERB_REACH = 15;
    /** How many words back from a state its phrase may open (determiners, "de", a noun). */
    private static final int PHRASE_REACH = 5;

    private final Words words;

    Topics(Words words) {
        this.words = words;
    }

    /**
     * The mention names a matter of the talks, not a side. A verb of talking counts only after the
     * trigger: in "a été évoquée lors d'un entretien entre M. X et son homologue", the states
     * after the trigger are its sides.
     */
    boolean isTopic(LemmatizedSentence ls, RuleHit h, ActorMention m, List<ActorMention> mentions) {
        int at = ls.tokenAt(m.span().start());
        if (at <= 0 || at >= ls.size()) {
            return false;
        }
        // The mention's own phrase, back over small words and lower-case nouns: "de la Russie",
        // "ses interlocuteurs israéliens", stopping at another mention, a name or a verb of talking.
        int i = at - 1;
        for (int walked = 0; i >= 0 && walked < PHRASE_REACH; i--, walked++) {
            Token t = ls.tokens().get(i);
            String n = t.norm();
            if (words.is("RECIPIENT", n)) {
                return false; // "avec le président russe", "à l'Ukraine": spoken with or to
            }
            if (words.is("TOPIC_NOUN", n) && i == at - 1 - linksBefore(ls, at)) {
                return true; // "la guerre en Ukraine"
            }
            if (t.isCapitalised() || ls.forms().get(i).isOnlyVerb() || insideOther(m, mentions, t)) {
                break;
            }
        }
        for (int k = Math.min(i, at - 1); k > h.last() && at - k <= VERB_REACH; k--) {
            String n = ls.tokens().get(k).norm();
            if (words.is("CLAUSE_BREAK", n)) {
                return false;
            }
            for (String lemma : ls.forms().get(k).lemmas()) {
                if (words.is("TOPIC_VERB", lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many linking words ("en", "de la") stand right before token {@code at}. */
    private int linksBefore(LemmatizedSentence ls, int at) {
        int n = 0;
        while (at - 1 - n >= 0 && n < 3 && words.is("TOPIC_LINK", ls.tokens().get(at - 1 - n).norm())) {
            n++;
        }
        return n;
    }

    private static boolean insideOther(ActorMention m, List<ActorMention> mentions, Token t) {
        for (ActorMention o : mentions) {
            if (o != m && o.span().start() <= t.start() && t.end() <= o.span().end()) {
                return true;
            }
        }
        return false;
    }
}
