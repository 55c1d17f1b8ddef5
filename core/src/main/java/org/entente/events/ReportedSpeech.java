package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.text.LemmatizedSentence;

import java.util.List;

/**
 * Who reports a statement, as opposed to who makes it: "Trump annonce que la Serbie va déménager
 * son ambassade", "« … », a relevé son conseiller". One job of event extraction.
 */
final class ReportedSpeech {
    private final Words words;

    ReportedSpeech(Words words) {
        this.words = words;
    }

    /**
     * "Trump annonce que la Serbie va déménager son ambassade": when a reporting verb and "que"
     * open the trigger's clause and a state acts inside it, whoever reports is the source, not a
     * party; the mentions before "que" are left out. Otherwise all mentions stand.
     */
    List<ActorMention> withoutSource(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int que = reportedClause(ls, h);
        if (que < 0) {
            return quoted(ls, h, mentions);
        }
        int from = ls.tokens().get(que).end();
        int trigger = ls.tokens().get(h.first()).start();
        boolean actsInside = mentions.stream().anyMatch(m -> m.span().start() >= from && m.span().end() <= trigger
                && Admission.actsForAState(m, ls.sentence()));
        return actsInside ? mentions.stream().filter(m -> m.span().start() >= from).toList() : mentions;
    }

    /** How many words before "que" its reporting verb may stand ("a dit la veille sur Twitter que"). */
    private static final int REPORTING_REACH = 6;

    /**
     * The index of the nearest "que" before the trigger that a reporting verb governs ("a dit la
     * veille sur Twitter qu'"), or -1; a clause break (words.tsv CLAUSE_BREAK) ends the search.
     */
    int reportedClause(LemmatizedSentence ls, RuleHit h) {
        for (int i = h.first() - 1; i > 0; i--) {
            String n = ls.tokens().get(i).norm();
            if (words.is("CLAUSE_BREAK", n)) {
                return -1;
            }
            if (!n.equals("que") && !n.equals("qu'")) {
                continue;
            }
            for (int k = i - 1; k >= 0 && k >= i - REPORTING_REACH; k--) {
                if (ls.forms().get(k).lemmas().stream().anyMatch(l -> words.is("REPORTING", l))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * "« Israël normalise ses liens avec un pays musulman », a relevé son conseiller …": the
     * speaker named after a quotation is its source, not a party of what it states, unless the
     * quotation speaks in the first person ("nous", "notre"): then the speaker's side acts.
     */
    private List<ActorMention> quoted(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int close = -1;
        boolean open = false;
        for (int i = 0; i < h.first(); i++) {
            if (words.is("QUOTE", ls.tokens().get(i).norm())) {
                open = !open;
            }
        }
        if (!open) {
            return mentions;
        }
        for (int i = h.last() + 1; i < ls.size(); i++) {
            String n = ls.tokens().get(i).norm();
            if (words.is("FIRST_PERSON", n)) {
                return mentions;
            }
            if (words.is("QUOTE", n)) {
                close = i;
                break;
            }
        }
        for (int i = 0; i < h.first(); i++) {
            if (words.is("FIRST_PERSON", ls.tokens().get(i).norm())) {
                return mentions;
            }
        }
        if (close < 0 || close + 3 >= ls.size()) {
            return mentions;
        }
        boolean reported = false;
        for (int i = close + 1; i < Math.min(ls.size(), close + 5); i++) {
            reported |= ls.forms().get(i).lemmas().stream().anyMatch(l -> words.is("REPORTING", l));
        }
        if (!reported) {
            return mentions;
        }
        int end = ls.tokens().get(close).start();
        return mentions.stream().filter(m -> m.span().start() < end).toList();
    }
}
