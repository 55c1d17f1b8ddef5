package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * States told as following the acting one in the same act: "Le Pérou a été le premier voisin à
 * signer un traité de pêche avec le Chili, en 1998, suivi par la Bolivie en 2004". Each follower
 * did the act with the same other side, in its own year; it is no party of the first one's.
 */
final class Followers {
    /** How many words after the trigger the follower cue may come. */
    private static final int REACH = 12;

    private Followers() {
    }

    /** One follower: its state and its year. */
    private record Follower(ActorMention state, TimeExpression year) {
    }

    /**
     * The event without its followers among its states, then each follower's own event: the act
     * between the follower and the event's other side, in the follower's year.
     */
    static List<Event> split(Event e, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                             List<TimeExpression> times, Words words) {
        List<Follower> followers = followers(ls, h, mentions, times, words);
        if (followers.isEmpty()) {
            return List.of(e);
        }
        List<Event> out = new ArrayList<>();
        Set<String> countries = new TreeSet<>(e.countries());
        followers.forEach(f -> countries.remove(f.state().country()));
        out.add(countries.size() < 2 ? e : e.withCountries(List.copyOf(countries)));
        if (!e.happened() || e.source() == null || e.target() == null || e.target().country() == null) {
            return out;
        }
        String other = e.target().country();
        for (Follower f : followers) {
            String follower = f.state().country();
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
            if (ls.forms().get(i).lemmas().stream().noneMatch(l -> words.is("FOLLOWED", l))
                    || !words.is("AGENT", ls.tokens().get(i + 1).norm())) {
                continue;
            }
            int from = ls.tokens().get(i + 1).end();
            for (ActorMention m : mentions) {
                if (m.kind() != MentionKind.STATE_NAME || m.country() == null || m.span().start() < from) {
                    continue;
                }
                TimeExpression year = DatedList.yearAfter(ls, m, times);
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
}
