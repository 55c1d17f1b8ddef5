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

    /** How many words before "réunis" the organisation whose members gathered may be named. */
    private static final int GATHERED_REACH = 8;
    /** How many words after a bare summit noun its city may come. */
    private static final int CITY_REACH = 4;

    /** A bare forum noun followed by its organisation ("sommet du G7"), its city ("sommet de Pau") or its two states. */
    boolean namesItsForumOrCity(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h, String forum) {
        if (h.first() > 0 && ls.tokens().get(h.first()).isCapitalised() && ls.tokens().get(h.first() - 1).isCapitalised()) {
            return false; // a name, "La Réunion"
        }
        if (forum != null && !words.is("FORUM", forum)) {
            return true; // an organisation's id or name, not the bare noun
        }
        int from = ls.tokens().get(h.last()).end();
        // Four words on, quotation marks not counted: "au sommet régional "historique" de Quito".
        int last = h.last();
        for (int counted = 0; counted < CITY_REACH && last + 1 < ls.size(); ) {
            last++;
            if (!words.is("QUOTE", ls.tokens().get(last).norm())) {
                counted++;
            }
        }
        int to = ls.tokens().get(last).end();
        // "ce sommet de Pau", and "un sommet italo-français": a summit of the two the prefix names.
        return mentions.stream().anyMatch(m -> (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY_PREFIX)
                && m.span().start() >= from && m.span().start() <= to);
    }

    /** A summit or multilateral meeting: the forum noun of the hit plus the organisation named after it. */
    String forum(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h) {
        int hitStart = ls.tokens().get(h.first()).start();
        int hitEnd = ls.tokens().get(h.last()).end();
        // "le G20 organisé au Japon": the organisation is in the hit's own words.
        String named = organisation(mentions, m -> m.start() >= hitStart && m.end() <= hitEnd);
        if (named != null) {
            return named;
        }
        if (ls.forms().get(h.first()).lemmas().stream().anyMatch(l -> words.is("GATHER", l))) {
            // "les ministres des Finances de l'Union réunis à Lisbonne": the members of the
            // organisation named just before are who gathered.
            int from = ls.tokens().get(Math.max(0, h.first() - GATHERED_REACH)).start();
            named = organisation(mentions, m -> m.start() >= from && m.end() <= hitStart);
            if (named != null) {
                return named;
            }
        }
        for (int i = h.first(); i <= h.last(); i++) {
            String lemma = ls.forms().get(i).lemmas().iterator().next();
            if (words.is("EDITION", lemma)) {
                // "Le G7 est un rendez-vous majeur, a dit la présidence qui a organisé la précédente
                // édition": an edition is of the organisation the sentence named before it.
                String before = null;
                for (ActorMention m : mentions) {
                    if (m.kind() == MentionKind.ORGANISATION && m.span().end() <= hitStart) {
                        before = m.actor() != null ? m.actor().id() : m.surface();
                    }
                }
                if (before != null) {
                    return before;
                }
            }
            if (words.is("FORUM", lemma)) {
                int end = Math.min(ls.size(), i + 10);
                Token noun = ls.tokens().get(i);
                Token limit = ls.tokens().get(end - 1);
                named = organisation(mentions, m -> m.start() > noun.start() && m.start() <= limit.end());
                if (named != null) {
                    return named;
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

    /** The first organisation named where {@code where} says: its id, or its words when unknown. */
    private static String organisation(List<ActorMention> mentions, java.util.function.Predicate<org.entente.text.Span> where) {
        for (ActorMention m : mentions) {
            if (m.kind() == MentionKind.ORGANISATION && where.test(m.span())) {
                return m.actor() != null ? m.actor().id() : m.surface();
            }
        }
        return null;
    }
}
