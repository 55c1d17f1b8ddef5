package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.util.List;

/**
 * Summits and multilateral meetings: which forum a meeting noun names ("le sommet du G7"), and
 * whether a bare "sommet" or "réunion" says enough to be a meeting ("ce sommet de Pau", "un sommet
 * italo-français"). One job of event extraction.
 */
final class Forums {
    private final Words words;

    Forums(Words words) {
        this.words = words;
    }

    /** A bare forum noun followed by its organisation ("sommet du G7"), its city ("sommet de Pau") or its two states. */
    boolean namesItsForumOrCity(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h, String forum) {
        if (h.first() > 0 && ls.tokens().get(h.first()).isCapitalised() && ls.tokens().get(h.first() - 1).isCapitalised()) {
            return false; // a name, "La Réunion"
        }
        if (forum != null && !words.is("FORUM", forum)) {
            return true; // an organisation's id or name, not the bare noun
        }
        int from = ls.tokens().get(h.last()).end();
        int to = ls.tokens().get(Math.min(ls.size() - 1, h.last() + 3)).end();
        // "ce sommet de Pau", and "un sommet italo-français": a summit of the two the prefix names.
        return mentions.stream().anyMatch(m -> (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY_PREFIX)
                && m.span().start() >= from && m.span().start() <= to);
    }

    /** A summit or multilateral meeting: the forum noun of the hit plus the organisation named after it. */
    String forum(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h) {
        for (int i = h.first(); i <= h.last(); i++) {
            String lemma = ls.forms().get(i).lemmas().iterator().next();
            if (words.is("FORUM", lemma)) {
                int end = Math.min(ls.size(), i + 10);
                Token noun = ls.tokens().get(i);
                Token limit = ls.tokens().get(end - 1);
                for (ActorMention m : mentions) {
                    if (m.kind() == MentionKind.ORGANISATION && m.span().start() > noun.start() && m.span().start() <= limit.end()) {
                        return m.actor() != null ? m.actor().id() : m.surface();
                    }
                }
                for (int k = i + 1; k < Math.min(ls.size(), i + 4); k++) {
                    if (words.is("WITH", ls.tokens().get(k).norm())) {
                        return null; // "son sommet avec M. Kim": a meeting of two, not a forum
                    }
                }
                return lemma;
            }
        }
        return null;
    }
}
