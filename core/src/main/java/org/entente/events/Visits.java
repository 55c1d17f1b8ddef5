package org.entente.events;

import org.entente.actors.ActorKind;
import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;

import java.util.List;

/**
 * Who visits where: the visited state, the visitors among a sentence's people, and whether the
 * trip goes abroad to a place the sentence names. One job of event extraction, apart from the rest.
 */
final class Visits {
    /** How many words the trigger's "à l'étranger", and the "après" after it, may lie ahead. */
    private static final int ABROAD_REACH = 5;
    private Visits() {
    }

    /**
     * A visit goes to a place its sentence names ({@link #destination}: "en visite en France", "s'est rendu à
     * Pristina", "sa visite à la Maison Blanche"), and someone from another state goes there: a
     * president visiting a laboratory, a hospital or a region of his own country makes no event.
     */
    static boolean travelsAbroad(String to, List<ActorMention> mentions, List<Participant> people) {
        return to != null && (people.stream().anyMatch(p -> p.country() != null && !p.country().equals(to))
                || mentions.stream().anyMatch(m -> m.role() != null && m.country() != null && !m.country().equals(to)));
    }

    /**
     * The visited state: the first state, city or seat named after the trigger ("visite au
     * Kazakhstan"), else a city named before it ("arrivé à La Havane pour une visite"), else "la
     * capitale nord-coréenne"; null when the sentence names none. A place after {@code limit}, where
     * the sentence's next visit trigger starts, is that visit's.
     */
    static String destination(List<ActorMention> mentions, RuleHit h, LemmatizedSentence ls, int limit, PlaceCues cues) {
        int after = ls.tokens().get(h.first()).start();
        String before = null;
        String stateBefore = null;
        for (ActorMention m : mentions) {
            if (m.country() == null) {
                continue;
            }
            boolean where = m.kind() == MentionKind.STATE_NAME || m.kind() == MentionKind.PLACE || m.kind() == MentionKind.METONYM;
            boolean capital = m.kind() == MentionKind.DEMONYM && Admission.textBefore(ls.sentence(), m).endsWith("capitale ");
            if (m.span().start() >= after && m.span().start() < limit && (capital || where && cues.goesTo(ls, m.span()))) {
                return m.country();
            }
            if (before == null && m.span().start() < after && (m.kind() == MentionKind.PLACE || capital)) {
                before = m.country();
            }
            if (stateBefore == null && m.kind() == MentionKind.STATE_NAME && m.span().start() < after
                    && cues.isInState(ls, m.span())) {
                stateBefore = m.country();
            }
        }
        // "la chancelière en Chine, où elle se trouve en visite": a state the visitor is in.
        return before != null ? before : stateBefore;
    }

    /** "la visite de M. Xi", "la visite d'État du président chinois": the person right after the noun. */
    static Participant visitorNamedWith(List<Participant> people, List<ActorMention> mentions, RuleHit h, LemmatizedSentence ls) {
        int end = ls.tokens().get(h.last()).end();
        int limit = ls.tokens().get(Math.min(ls.size() - 1, h.last() + 6)).end();
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.actor().kind() == ActorKind.PERSON && m.span().start() >= end && m.span().start() <= limit) {
                for (Participant p : people) {
                    if (p.name().equals(m.actor().name())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** The visitor is whoever is not at home: a host named in the same sentence is not a visitor. */
    static List<Participant> visitors(List<Participant> people, String destination, List<ActorMention> mentions,
                                              RuleHit h, LemmatizedSentence ls) {
        Participant named = visitorNamedWith(people, mentions, h, ls);
        if (named != null && (destination == null || !destination.equals(named.country()))) {
            return List.of(named);
        }
        if (destination == null) {
            return people;
        }
        List<Participant> away = people.stream().filter(p -> !destination.equals(p.country())).toList();
        return away.isEmpty() ? people : away;
    }


    /**
     * The further stops of one trip listed after its destination ("une tournée au Japon, en Corée
     * du Sud et en Inde", "à Pékin puis en avril en Italie"): a state each, in text order, only as
     * long as the list runs on (joining words, destination words and time expressions between
     * them), and never beyond {@code limit}, where the sentence's next visit starts.
     */
    static List<ActorMention> furtherStops(List<ActorMention> mentions, String visited, RuleHit h, LemmatizedSentence ls,
                                           int limit, PlaceCues cues, List<org.entente.time.TimeExpression> times) {
        List<ActorMention> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(visited);
        int after = ls.tokens().get(h.last()).end();
        int previousEnd = -1;
        for (ActorMention m : mentions) {
            if (m.span().start() < after) {
                continue;
            }
            if (m.span().start() >= limit) {
                break;
            }
            boolean where = m.country() != null && (m.kind() == MentionKind.STATE_NAME || m.kind() == MentionKind.PLACE);
            if (previousEnd < 0) {
                if (where && visited.equals(m.country()) && cues.goesTo(ls, m.span())) {
                    previousEnd = m.span().end();
                }
                continue;
            }
            if (!where || !joined(ls, previousEnd, m.span().start(), cues, times)) {
                break;
            }
            if (seen.add(m.country())) {
                out.add(m);
            }
            previousEnd = m.span().end();
        }
        return out;
    }

    private static boolean joined(LemmatizedSentence ls, int from, int to, PlaceCues cues,
                                  List<org.entente.time.TimeExpression> times) {
        boolean any = false;
        for (org.entente.text.Token t : ls.tokens()) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            any = true;
            boolean inTime = times.stream().anyMatch(x -> x.span().start() <= t.start() && t.end() <= x.span().end());
            if (!inTime && !cues.joinsStops(t)) {
                return false;
            }
        }
        return any;
    }

    /**
     * "sa deuxième visite à l'étranger", "le premier déplacement de M. X à l'étranger": a trip
     * abroad whose words name no destination. Where it went is the story's other state, not a
     * state the sentence names after it ("..., après le Pérou", an earlier trip).
     */
    static boolean abroad(LemmatizedSentence ls, RuleHit h, Words words) {
        return abroadAt(ls, h, words) >= 0;
    }

    /** The state of the trip before a trip abroad, named right after "après": "deuxième voyage à l'étranger, après le Pérou". */
    static ActorMention earlierTrip(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, Words words) {
        int abroad = abroadAt(ls, h, words);
        if (abroad < 0) {
            return null;
        }
        for (int i = abroad + 1; i < Math.min(ls.size(), abroad + 1 + ABROAD_REACH); i++) {
            if (!words.is("EARLIER", Normalizer.fold(ls.tokens().get(i).norm()))) {
                continue;
            }
            int next = i + 1;
            while (next < ls.size() && words.is("DETERMINER", ls.tokens().get(next).norm())) {
                next++;
            }
            if (next >= ls.size()) {
                return null;
            }
            int start = ls.tokens().get(next).start();
            return mentions.stream().filter(m -> m.kind() == MentionKind.STATE_NAME && m.span().start() == start)
                    .findFirst().orElse(null);
        }
        return null;
    }

    /** The token of "étranger" a few words after the trigger, or -1. */
    private static int abroadAt(LemmatizedSentence ls, RuleHit h, Words words) {
        for (int i = h.last(); i < Math.min(ls.size(), h.last() + ABROAD_REACH); i++) {
            if (words.is("ABROAD", Normalizer.fold(ls.tokens().get(i).norm()))) {
                return i;
            }
        }
        return -1;
    }

    /** Who travels abroad: the person named with the trip ("le déplacement de M. X"), else the last one named before it. */
    static Participant abroadVisitor(List<Participant> people, List<ActorMention> mentions, RuleHit h, LemmatizedSentence ls) {
        Participant named = visitorNamedWith(people, mentions, h, ls);
        if (named != null) {
            return named;
        }
        int before = ls.tokens().get(h.first()).start();
        Participant last = null;
        for (ActorMention m : mentions) {
            if (m.span().start() >= before) {
                break;
            }
            if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
                last = people.stream().filter(p -> p.name().equals(m.actor().name())).findFirst().orElse(last);
            }
        }
        return last;
    }
}
