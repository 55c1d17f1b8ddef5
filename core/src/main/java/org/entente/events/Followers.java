package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.time.Granularity;
import org.entente.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * States told as following the acting one in the same act: "L'Egypte a été le premier pays à
 * conclure un traité de paix avec Israël, en 1979, suivie par la Jordanie en 1994". Each follower
 * did the act with the same other side, in its own year; it is no party of the first one's.
 */
final class Followers {
    /** How many words after the trigger the follower cue may come. */
    private static final int REACH = 12;
    /** How many words may separate the follower from its year. */
    private static final int YEAR_REACH = 3;

    private Followers() {
    }

    /** One follower: its state and its year. */
    private record Follower(ActorMention state, TimeExpression year) {
    }

    /** The event without its followers among its states. */
    static Event without(Event e, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                         List<TimeExpression> times, Words words) {
        List<Follower> followers = followers(ls, h, mentions, times, words);
        if (followers.isEmpty()) {
            return e;
        }
        Set<String> countries = new TreeSet<>(e.countries());
        followers.forEach(f -> countries.remove(f.state().country()));
        if (countries.size() < 2) {
            return e;
        }
        return new Event(e.id(), e.type(), e.date(), e.dateSource(), e.place(), e.participants(), List.copyOf(countries),
                e.what(), e.key(), e.status(), e.mentions(), e.confidence(), e.source(), e.target());
    }

    /** The followers' own events: the act between each follower and the event's other side, in the follower's year. */
    static List<Event> of(Event e, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                          List<TimeExpression> times, Words words) {
        if (!e.happened() || e.source() == null || e.target() == null || e.target().country() == null) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        for (Follower f : followers(ls, h, mentions, times, words)) {
            String follower = f.state().country();
            String other = e.target().country();
            if (follower.equals(other) || follower.equals(e.source().country())) {
                continue;
            }
            out.add(new Event(e.id() + "-" + follower.toLowerCase(java.util.Locale.ROOT), e.type(), f.year().value(), "text",
                    null, List.of(), List.copyOf(new TreeSet<>(List.of(follower, other))), e.what(), null, e.status(),
                    e.mentions(), e.confidence() - 0.1, Party.state(follower), e.target()));
        }
        return out;
    }

    private static List<Follower> followers(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                                            List<TimeExpression> times, Words words) {
        List<Follower> out = new ArrayList<>();
        for (int i = h.last() + 1; i < Math.min(ls.size() - 1, h.last() + REACH); i++) {
            if (!ls.forms().get(i).lemmas().stream().anyMatch(l -> words.is("FOLLOWED", l))
                    || !words.is("AGENT", ls.tokens().get(i + 1).norm())) {
                continue;
            }
            int from = ls.tokens().get(i + 1).end();
            for (ActorMention m : mentions) {
                if (m.kind() != MentionKind.STATE_NAME || m.country() == null || m.span().start() < from) {
                    continue;
                }
                TimeExpression year = yearAfter(ls, m, times);
                if (year == null) {
                    break;
                }
                out.add(new Follower(m, year));
                from = year.span().end();
            }
            break;
        }
        return out;
    }

    private static TimeExpression yearAfter(LemmatizedSentence ls, ActorMention m, List<TimeExpression> times) {
        int end = m.span().end();
        int limit = ls.tokens().get(Math.min(ls.size() - 1, ls.tokenAt(end) + YEAR_REACH)).end();
        return times.stream().filter(t -> t.granularity() == Granularity.YEAR && t.value() != null && !t.origin()
                && t.span().start() >= end && t.span().start() <= limit).findFirst().orElse(null);
    }
}
