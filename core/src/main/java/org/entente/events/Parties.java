package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;

import java.util.List;
import java.util.Set;

/**
 * Which states a sentence names are sides of its event: not the city where it happened, not
 * what was talked about, not the forum a state is excluded from but its members; and whether a
 * commitment stays at home. One job of event extraction.
 */
final class Parties {
    private final Words words;
    private final PlaceCues placeCues;
    private final Topics topics;

    Parties(Words words, PlaceCues placeCues) {
        this.words = words;
        this.placeCues = placeCues;
        this.topics = new Topics(words);
    }

    /**
     * A city named as where it happened ("une réunion à Bucarest", "signé à Alger") places a
     * meeting, a call or a signing; it makes its state no party. A visit's destination is a side
     * (its state is the host), and so is the city a statement's aid or support goes to ("envoyé
     * à Beyrouth").
     */
    boolean onlyWhere(EventType type, LemmatizedSentence ls, ActorMention m) {
        if (type == EventType.SUPPORT) {
            // Backing goes "à" someone, never "dans" a place: "a apporté son soutien à M. X en
            // en arrivant au sommet dans la capitale péruvienne" is no support for Peru.
            return m.kind() != MentionKind.STATE_NAME && placeCues.isInside(ls, m.span());
        }
        return type != EventType.VISIT && !type.isStatement() && m.kind() == MentionKind.PLACE
                && placeCues.isWhereItHappened(ls, m.span());
    }

    /** For talks, visits and calls, a state named as what they were about (see {@link Topics}). */
    boolean onlyTopic(EventType type, LemmatizedSentence ls, RuleHit h, ActorMention m, List<ActorMention> mentions) {
        // A measure is against a state, not against a matter: "les sanctions imposées à Moscou à
        // cause de la crise ukrainienne" are no measure against Ukraine.
        return (!type.isStatement() || type == EventType.SANCTION) && type != EventType.SIGN
                && topics.isTopic(ls, h, m, mentions);
    }

    /**
     * A commitment whose means go to a place in the acting state's own country ("a annoncé le
     * déploiement de soldats à Washington", "une nouvelle usine en France") is domestic policy.
     */
    boolean domestic(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, List<Participant> people) {
        for (int i = h.first(); i <= h.last(); i++) {
            if (ls.forms().get(i).lemmas().stream().anyMatch(l -> words.is("INVITE", l))) {
                return false;
            }
        }
        int from = ls.tokens().get(h.first()).start();
        int to = ls.tokens().get(Math.min(ls.size() - 1, h.last() + 10)).end();
        String actor = null;
        for (ActorMention m : mentions) {
            if (m.span().end() <= from && m.country() != null && Admission.actsForAState(m, ls.sentence())) {
                if (actor != null && !actor.equals(m.country())) {
                    return false; // "Washington et New Delhi ont décidé d'ouvrir des consulats": two act
                }
                actor = m.country();
            }
        }
        if (actor == null && !people.isEmpty()) {
            actor = people.get(0).country();
        }
        if (actor == null) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.span().start() > from && m.span().start() <= to && m.country() != null
                    && (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.STATE_NAME)
                    && placeCues.isWhereItHappened(ls, m.span())) {
                return actor.equals(m.country());
            }
        }
        return false;
    }

    /** How many words after the trigger "entre" may open the pair it names. */
    private static final int BETWEEN_REACH = 4;
    /** How many words an "entre X et Y" side may take ("entre la République de Corée et ..."). */
    private static final int SIDE_REACH = 4;

    /**
     * The two states a trigger is said to be "between" ("l'établissement des relations entre la
     * Chili et le Pérou", "une rencontre entre le président chilien et son homologue argentin"): when the
     * sentence names them so, they are the event's sides, and the other states it names are not.
     */
    java.util.Optional<Set<String>> between(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        for (int i = h.first(); i <= Math.min(ls.size() - 1, h.last() + BETWEEN_REACH); i++) {
            if (!words.is("BETWEEN", ls.tokens().get(i).norm())) {
                continue;
            }
            ActorMention first = stateAfter(ls, mentions, i);
            if (first == null) {
                return java.util.Optional.empty();
            }
            int and = ls.tokenAt(first.span().end());
            if (and >= ls.size() || !words.is("AND", ls.tokens().get(and).norm())) {
                return java.util.Optional.empty();
            }
            ActorMention second = stateAfter(ls, mentions, and);
            if (second == null || second.country().equals(first.country())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Set.of(first.country(), second.country()));
        }
        return java.util.Optional.empty();
    }

    /** The first mention with a state that starts within a few words after token {@code i}. */
    private static ActorMention stateAfter(LemmatizedSentence ls, List<ActorMention> mentions, int i) {
        int from = ls.tokens().get(i).end();
        int to = ls.tokens().get(Math.min(ls.size() - 1, i + SIDE_REACH)).end();
        return mentions.stream().filter(m -> m.country() != null && m.kind() != MentionKind.ORGANISATION
                        && m.span().start() >= from && m.span().start() <= to)
                .findFirst().orElse(null);
    }

    /**
     * The organisation a measure's hit ends on or right before ("suspendue du G8", "exclue du
     * Commonwealth"), or that the hit opens right after ("le G7, instance dont est exclue").
     */
    static java.util.Optional<String> excludingForum(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int from = ls.tokens().get(Math.max(0, h.first() - 3)).start();
        int to = ls.tokens().get(Math.min(ls.size() - 1, h.last() + 2)).end();
        return mentions.stream().filter(m -> m.kind() == MentionKind.ORGANISATION && m.actor() != null
                        && m.span().start() > from && m.span().start() <= to)
                .map(m -> m.actor().id()).findFirst();
    }
}
