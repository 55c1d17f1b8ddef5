package org.entente.merge;

import org.entente.time.DateSpan;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.EventType;
import org.entente.events.Participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Decides which reports are one real-world event, and folds them into one record that keeps
 * every source. The same rules serve within one article (several sentences about one meeting)
 * and across articles (several agencies reporting it).
 *
 * <p>Two reports are one event when they have the same type, share at least two states, have
 * overlapping dates (or one date is unknown), the same place (or one is unknown), the same
 * forum or statement object, and, for meetings, visits and calls, at least one participant in
 * common when both name people. Candidates are blocked by type and the pair of their first two
 * states, so merging stays linear in the number of events.
 */
public final class EventMerger {

    public List<Event> merge(List<Event> events) {
        return merge(events, (e, failure) -> {
            throw failure;
        });
    }

    /**
     * As {@link #merge(List)}, but a report that cannot be folded (a value no rule expected) is
     * left out and handed to {@code failed}, and the group it was joining is rebuilt without it:
     * one bad report never costs the other reports of its event, nor the run.
     */
    public List<Event> merge(List<Event> events, BiConsumer<Event, RuntimeException> failed) {
        Map<String, List<Cluster>> blocks = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Event e : events) {
            Cluster target = null;
            try {
                List<Cluster> candidates = blocks.computeIfAbsent(blockKey(e), k -> new ArrayList<>());
                for (Cluster c : candidates) {
                    if (compatible(c.probe, e)) {
                        target = c;
                        break;
                    }
                }
                if (target == null) {
                    Cluster c = new Cluster(e);
                    candidates.add(c);
                    clusters.add(c);
                } else {
                    target.add(e);
                }
            } catch (RuntimeException failure) {
                if (target != null) {
                    target.rebuildWithout(e);
                }
                failed.accept(e, failure);
            }
        }
        return clusters.stream().map(Cluster::result).toList();
    }

    /**
     * The block a report is compared within: only reports with the same key can be one event.
     * Public so that the store and a distributed merge can group by it and run {@link #merge} per
     * block: blocks never merge with each other, so that gives the result of one merge of everything.
     */
    public static String blockKey(Event e) {
        List<String> c = e.countries();
        return e.type() + "|" + (c.size() > 1 ? c.get(0) + "-" + c.get(1) : String.join("-", c));
    }

    static boolean compatible(Event a, Event b) {
        if (a.type() != b.type() || !java.util.Objects.equals(a.key(), b.key()) || !a.status().equals(b.status())) {
            return false;
        }
        Set<String> shared = new TreeSet<>(a.countries());
        shared.retainAll(b.countries());
        if (shared.size() < Math.min(2, Math.min(a.countries().size(), b.countries().size()))) {
            return false;
        }
        DateSpan da = DateSpan.of(a.date());
        DateSpan db = DateSpan.of(b.date());
        boolean visit = a.type() == EventType.VISIT;
        if (da != null && db != null && !da.overlaps(db) && !(visit && withinDays(da, db, VISIT_DAYS))) {
            return false;
        }
        // One visit per trip and host state: "arrivé mercredi à Shanghai" and "reçu vendredi à
        // Pékin" are two days of one visit, in two cities.
        if (!visit && a.place() != null && b.place() != null && !a.place().equals(b.place())) {
            return false;
        }
        if (a.type().isStatement()) {
            return true; // statements are told apart by their key, checked above
        }
        if ((a.type() == EventType.MEET || a.type() == EventType.CALL || a.type() == EventType.VISIT)
                && !a.participants().isEmpty() && !b.participants().isEmpty()) {
            Set<String> met = new TreeSet<>();
            for (Participant p : a.participants()) {
                if (b.participants().stream().anyMatch(q -> samePerson(p, q))) {
                    met.add(p.country() == null ? "?" : p.country());
                }
            }
            if (met.isEmpty()) {
                return false;
            }
            // A minister who meets his counterpart, then the prime minister, the same day in the
            // same city: two meetings. Reports that each name both sides' people are one meeting
            // only when they share someone on both sides.
            boolean bothSidesNamed = a.type() != EventType.VISIT && sides(a) >= 2 && sides(b) >= 2;
            return !bothSidesNamed || met.size() >= 2;
        }
        return true;
    }

    private static long sides(Event e) {
        return e.participants().stream().map(Participant::country).filter(java.util.Objects::nonNull).distinct().count();
    }

    /** How far apart two reports of one trip may be dated. */
    private static final int VISIT_DAYS = 7;

    private static boolean withinDays(DateSpan a, DateSpan b, int days) {
        try {
            java.time.LocalDate aEnd = java.time.LocalDate.parse(a.to());
            java.time.LocalDate bEnd = java.time.LocalDate.parse(b.to());
            java.time.LocalDate aStart = java.time.LocalDate.parse(a.from());
            java.time.LocalDate bStart = java.time.LocalDate.parse(b.from());
            return !aStart.isAfter(bEnd.plusDays(days)) && !bStart.isAfter(aEnd.plusDays(days));
        } catch (java.time.format.DateTimeParseException e) {
            return false; // a month's "-31" upper bound: such spans compare by overlap only
        }
    }

    private static boolean samePerson(Participant p, Participant q) {
        if (p.id() != null && p.id().equals(q.id())) {
            return true;
        }
        String[] a = p.name().split(" ");
        String[] b = q.name().split(" ");
        return a[a.length - 1].equalsIgnoreCase(b[b.length - 1]);
    }

    /**
     * A growing group of reports and the event record they add up to, folded in one report at a
     * time so that an event reported by thousands of articles costs linear time.
     */
    private static final class Cluster {
        private final Event first;
        /** The reports folded in, so a failed fold can be undone by folding the others again. */
        private final List<Event> members = new ArrayList<>();
        private final Map<String, Integer> placeVotes = new LinkedHashMap<>();
        private final Set<String> countries = new TreeSet<>();
        private final Map<String, Participant> people = new LinkedHashMap<>();
        private final List<EventMention> mentions = new ArrayList<>();
        private final Set<String> mentionKeys = new java.util.HashSet<>();
        private Event dated;
        private String what;
        /** The first report that says who acted on whom gives the direction: most reports do not say. */
        private org.entente.events.Party source;
        private org.entente.events.Party target;
        private double confidence;
        private int size;
        /** The cluster as an event without its mentions: what compatibility is judged on, cheap to rebuild. */
        private Event probe;

        Cluster(Event first) {
            this.first = first;
            add(first);
        }

        void add(Event e) {
            members.add(e);
            size++;
            // A value that is no ISO date or span (DateSpan.of null) is no date: it never wins.
            if (DateSpan.of(e.date()) != null && (dated == null || betterDate(e, dated))) {
                dated = e;
            }
            if (e.place() != null) {
                placeVotes.merge(e.place(), 1, Integer::sum);
            }
            countries.addAll(e.countries());
            for (Participant p : e.participants()) {
                if (people.values().stream().noneMatch(q -> samePerson(p, q))) {
                    people.put(p.name(), p);
                }
            }
            for (EventMention m : e.mentions()) {
                if (mentionKeys.add(m.doc() + "#" + m.sentence())) {
                    mentions.add(m);
                }
            }
            if (what == null) {
                what = e.what();
            }
            if (source == null && target == null) {
                source = e.source();
                target = e.target();
            }
            confidence = Math.max(confidence, e.confidence());
            probe = build(List.of(first.mentions().get(0)));
        }

        /** Forgets every fold and folds the members again, all but {@code bad}. */
        void rebuildWithout(Event bad) {
            List<Event> keep = new ArrayList<>(members);
            keep.remove(bad);
            members.clear();
            placeVotes.clear();
            countries.clear();
            people.clear();
            mentions.clear();
            mentionKeys.clear();
            dated = null;
            what = null;
            source = null;
            target = null;
            confidence = 0;
            size = 0;
            for (Event e : keep) {
                add(e);
            }
        }

        Event result() {
            return build(mentions);
        }

        /** A date stated in a sentence beats one taken from context; then the more precise wins. */
        private static boolean betterDate(Event candidate, Event current) {
            int a = "text".equals(candidate.dateSource()) ? 0 : 1;
            int b = "text".equals(current.dateSource()) ? 0 : 1;
            if (a != b) {
                return a < b;
            }
            return DateSpan.of(candidate.date()).width() < DateSpan.of(current.date()).width();
        }

        private Event build(List<EventMention> withMentions) {
            String place = placeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String date = dated == null ? null : dated.date();
            String dateSource = dated == null ? null : dated.dateSource();
            if (dated != null && first.date() == null && !dated.mentions().get(0).doc().equals(first.mentions().get(0).doc())) {
                dateSource = "inferred";
            }
            double boosted = Math.min(1.0, confidence + 0.05 * (size - 1));
            return new Event(first.id(), first.type(), date, dateSource, place, List.copyOf(people.values()),
                    List.copyOf(countries), what, first.key(), first.status(), withMentions, boosted,
                    source, target);
        }
    }
}
