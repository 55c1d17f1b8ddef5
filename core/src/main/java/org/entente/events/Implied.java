package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.time.DateSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events that one report implies by the guidelines' conventions, as an annotator reads them:
 * officials who meet in a city of one of their states means the others travelled there ("M.
 * Pompeo s'est entretenu à Jérusalem avec M. Netanyahu" is also a visit to Israel), and a visit
 * whose sentence names the host official is also a meeting with him ("reçu à Amman par le roi").
 * An implied event is added only when the article does not already tell it in its own words. One
 * job of event extraction, apart from the rest.
 */
final class Implied {
    private Implied() {
    }

    static List<Event> add(List<Event> events, ArticleFacts facts) {
        Map<String, String> cityCountry = new HashMap<>();
        for (ActorMention m : facts.mentions()) {
            if (m.kind() == MentionKind.PLACE && m.actor() != null && m.country() != null) {
                cityCountry.putIfAbsent(m.actor().name(), m.country());
            }
        }
        List<Event> out = new ArrayList<>(events);
        for (Event e : events) {
            if (!e.happened() || e.place() == null || e.key() != null || e.date() != null && e.date().length() < 7) {
                // A forum's summit: its members' trips are not told; a meeting recalled by its
                // year only ("rencontrés deux fois l'an dernier") is background, not the trip.
                continue;
            }
            String host = cityCountry.get(e.place());
            if (host == null || !e.countries().contains(host)) {
                continue;
            }
            // Where a sentence has words of its own for the implied type, the extraction has
            // already judged them ("en annulant leur rencontre"): nothing is implied over it.
            if (e.type() == EventType.MEET && !worded(e, EventType.VISIT, facts)
                    && (e.countries().size() == 2 || e.participants().stream().anyMatch(p -> host.equals(p.country())))) {
                visitsOf(e, host, facts, out);
            } else if (e.type() == EventType.VISIT && !worded(e, EventType.MEET, facts)) {
                meetingOf(e, host, facts, out);
            }
        }
        return out;
    }

    /** One visit per state whose official met the host's in the host's city. */
    private static void visitsOf(Event meeting, String host, ArticleFacts facts, List<Event> out) {
        Set<String> visitors = new LinkedHashSet<>();
        for (Participant p : meeting.participants()) {
            if (p.country() != null && !p.country().equals(host) && p.role() != null) {
                visitors.add(p.country());
            }
        }
        if (visitors.isEmpty() && meeting.countries().size() == 2) {
            // "le président chilien a rencontré ... à Buenos Aires", the office holder unknown to
            // the actor base: the other state's office named in the sentence travelled.
            String other = meeting.countries().get(0).equals(host) ? meeting.countries().get(1) : meeting.countries().get(0);
            for (EventMention em : meeting.mentions()) {
                if (facts.mentionsIn(em.sentence()).stream().anyMatch(m -> (m.role() != null || m.kind() == MentionKind.PARTY)
                        && other.equals(m.country()))) {
                    visitors.add(other);
                }
            }
        }
        for (String v : visitors) {
            if (told(out, EventType.VISIT, v, host, meeting.date())) {
                continue;
            }
            List<Participant> people = meeting.participants().stream()
                    .filter(p -> v.equals(p.country()) || host.equals(p.country())).toList();
            Party visitor = people.stream().filter(p -> v.equals(p.country())).findFirst()
                    .map(p -> new Party(p.name(), p.id(), p.country())).orElse(Party.state(v));
            out.add(new Event(meeting.id() + "-visit-" + v.toLowerCase(java.util.Locale.ROOT), EventType.VISIT, meeting.date(),
                    meeting.dateSource(), meeting.place(), people, List.copyOf(new java.util.TreeSet<>(List.of(v, host))),
                    null, null, meeting.status(), meeting.mentions(), meeting.confidence() - 0.1, visitor, Party.state(host)));
        }
    }

    /** A visit whose sentence names an official of the host state: they met. */
    private static void meetingOf(Event visit, String host, ArticleFacts facts, List<Event> out) {
        Participant hostOfficial = null;
        for (EventMention em : visit.mentions()) {
            for (ActorMention m : facts.mentionsIn(em.sentence())) {
                if (m.actor() != null && m.role() != null && host.equals(m.country())
                        && m.actor().kind() == org.entente.actors.ActorKind.PERSON) {
                    hostOfficial = new Participant(m.actor().name(), m.actor().id(), m.country(), m.role().name());
                    break;
                }
            }
        }
        if (hostOfficial == null) {
            return;
        }
        String visitor = visit.countries().stream().filter(c -> !c.equals(host)).findFirst().orElse(null);
        if (visitor == null || told(out, EventType.MEET, visitor, host, visit.date())) {
            return;
        }
        List<Participant> people = new ArrayList<>(visit.participants());
        Participant h = hostOfficial;
        if (people.stream().noneMatch(p -> p.name().equals(h.name()))) {
            people.add(h);
        }
        out.add(new Event(visit.id() + "-meet", EventType.MEET, visit.date(), visit.dateSource(), visit.place(), people,
                List.copyOf(new java.util.TreeSet<>(List.of(visitor, host))), null, null, visit.status(), visit.mentions(),
                visit.confidence() - 0.1));
    }

    private static boolean worded(Event e, EventType type, ArticleFacts facts) {
        return e.mentions().stream().anyMatch(m -> facts.hits().getOrDefault(m.sentence(), List.of()).stream()
                .anyMatch(h -> h.type() == type));
    }

    /** The article already tells an event of this type between the two states, at a date that fits. */
    private static boolean told(List<Event> events, EventType type, String a, String b, String date) {
        for (Event e : events) {
            if (e.type() == type && e.countries().contains(a) && e.countries().contains(b)
                    && (e.date() == null || date == null || overlaps(e.date(), date))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(String x, String y) {
        DateSpan a = DateSpan.of(x);
        DateSpan b = DateSpan.of(y);
        return a == null || b == null || a.overlaps(b);
    }
}
