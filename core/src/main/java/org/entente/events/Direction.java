package org.entente.events;

import org.entente.actors.ActorKind;
import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts on whom, from word order around the trigger and the cues of {@code direction-cues.tsv}
 * (which documents the convention per type): the subject before the trigger is the source, except
 * after a host verb ("X a reçu Y": source Y the guest, target X the host) unless passive.
 */
final class Direction {
    /** Source and target, either possibly null. */
    record Sides(Party source, Party target) {
        static final Sides NONE = new Sides(null, null);
    }

    private final Set<EventType> directed;
    private final Map<String, Set<String>> words;

    private Direction(Set<EventType> directed, Map<String, Set<String>> words) {
        this.directed = Set.copyOf(directed);
        this.words = Map.copyOf(words);
    }

    static Direction load() {
        Set<EventType> directed = EnumSet.noneOf(EventType.class);
        Map<String, Set<String>> words = new HashMap<>();
        for (RuleFile.Line line : RuleFile.read("direction-cues.tsv")) {
            String kind = line.columns()[0].strip();
            Set<String> values = Arrays.stream(line.columns()[1].strip().split("\\|")).collect(Collectors.toSet());
            if (kind.equals("DIRECTED")) {
                values.forEach(v -> directed.add(EventType.valueOf(v)));
            } else {
                words.put(kind, values.stream().map(Normalizer::fold).collect(Collectors.toUnmodifiableSet()));
            }
        }
        return new Direction(directed, words);
    }

    /**
     * @param countries the event's states
     * @param visitor   for a visit, the visitor chosen by the extractor, or null
     * @param visited   for a visit, the visited state, or null
     */
    Sides of(EventType type, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, List<String> countries,
             Participant visitor, String visited) {
        if (type == EventType.VISIT) {
            Party target = visited == null ? null : host(mentions, visited);
            Party source = visitor != null && visitor.country() != null && !visitor.country().equals(visited)
                    ? new Party(visitor.name(), visitor.id(), visitor.country())
                    : visited != null && countries.size() == 2 ? other(countries, visited) : null;
            return source == null && target == null ? Sides.NONE : new Sides(source, target);
        }
        boolean host = type == EventType.MEET && is("HOST", ls, h.first());
        if (!host && !directed.contains(type)) {
            return Sides.NONE;
        }
        int trigger = ls.tokens().get(h.first()).start();
        ActorMention subject = subject(ls, h, mentions, trigger);
        if (subject == null) {
            return Sides.NONE;
        }
        ActorMention object = null;
        boolean passive = false;
        for (int i = Math.max(0, h.first() - 2); i < h.first() && host; i++) {
            passive |= is("PASSIVE", ls, i);
        }
        int after = ls.tokens().get(h.first()).end();
        for (ActorMention m : mentions) {
            if (m.span().start() >= after && m.country() != null && !m.country().equals(subject.country())
                    && m.kind() != MentionKind.ORGANISATION) {
                object = m;
                break;
            }
        }
        Party first = party(subject);
        Party second = object != null ? party(object) : countries.size() == 2 && countries.contains(subject.country())
                ? other(countries, subject.country()) : null;
        if (!host) {
            return new Sides(first, second);
        }
        // "X a reçu Y": Y is the guest; "Y a été reçu par X": the subject is the guest.
        return passive ? new Sides(first, second) : new Sides(second, first);
    }

    /** The nearest state or person of a state before the trigger, in its clause; none when both sides are the subject. */
    private ActorMention subject(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, int trigger) {
        int clauseStart = 0;
        for (int i = 0; i < h.first(); i++) {
            String n = ls.tokens().get(i).norm();
            if (words.get("CLAUSE_STOP").contains(n)) {
                clauseStart = ls.tokens().get(i).end();
            }
            if (words.get("BOTH_SIDES").contains(n)) {
                return null;
            }
        }
        ActorMention best = null;
        Set<String> states = new java.util.HashSet<>();
        for (ActorMention m : mentions) {
            if (m.span().start() >= clauseStart && m.span().end() <= trigger && m.country() != null
                    && m.kind() != MentionKind.ORGANISATION) {
                best = m;
                states.add(m.country());
            }
        }
        // "Le Brésil et la Chine ont signé": both sides act.
        return states.size() == 1 ? best : null;
    }

    private static Party party(ActorMention m) {
        if (m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
            return new Party(m.actor().name(), m.actor().id(), m.country());
        }
        return Party.state(m.country());
    }

    private static Party host(List<ActorMention> mentions, String visited) {
        for (ActorMention m : mentions) {
            if (visited.equals(m.country()) && m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
                return party(m);
            }
        }
        return Party.state(visited);
    }

    private static Party other(List<String> countries, String one) {
        return Party.state(countries.get(0).equals(one) ? countries.get(1) : countries.get(0));
    }

    private boolean is(String kind, LemmatizedSentence ls, int i) {
        Set<String> w = words.get(kind);
        return w.contains(ls.tokens().get(i).norm()) || ls.forms().get(i).lemmas().stream().anyMatch(w::contains);
    }
}
