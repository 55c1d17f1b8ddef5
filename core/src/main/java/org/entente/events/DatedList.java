package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.time.Granularity;
import org.entente.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger followed by a list of states each with its own year: "les traités de paix conclus avec
 * l'Egypte (1979) et la Jordanie (1994)", "après la Jordanie en 1994 et l'Egypte en 1979". Each
 * item is an event of its own, between that state and the sentence's other sides, in its year.
 */
final class DatedList {
    /** How many words may separate a state of the list from its year. */
    private static final int YEAR_REACH = 3;

    /** One item: the state's mention and the year that follows it. */
    record Item(ActorMention state, TimeExpression year) {
    }

    private DatedList() {
    }

    /**
     * The items after the hit and before {@code until} (where another trigger begins, whose list
     * it would be), when there are at least two; else empty.
     */
    static List<Item> after(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions, List<TimeExpression> times, int until) {
        int from = ls.tokens().get(h.first()).start();
        List<Item> items = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.kind() != MentionKind.STATE_NAME || m.country() == null || m.span().start() < from || m.span().start() >= until) {
                continue;
            }
            TimeExpression year = yearAfter(ls, m, times);
            if (year != null && items.stream().noneMatch(i -> i.state().country().equals(m.country()) || i.year() == year)) {
                items.add(new Item(m, year));
            }
        }
        return items.size() >= 2 ? items : List.of();
    }

    /** The mentions of the sentence without the list's other states. */
    static List<ActorMention> withOnly(List<ActorMention> mentions, List<Item> items, Item keep) {
        return mentions.stream().filter(m -> m == keep.state() || items.stream().noneMatch(i -> i.state() == m)).toList();
    }

    /** The year right after the state's name, a few words on at most and no comma between; else null. */
    static TimeExpression yearAfter(LemmatizedSentence ls, ActorMention m, List<TimeExpression> times) {
        int words = 0;
        for (int i = ls.tokenAt(m.span().end()); i < ls.size(); i++) {
            var t = ls.tokens().get(i);
            for (TimeExpression e : times) {
                if (e.span().start() == t.start() && e.granularity() == Granularity.YEAR && e.value() != null) {
                    return e;
                }
            }
            if (++words > YEAR_REACH || ",".equals(t.norm())) {
                return null; // "avec Israël, en 1979, suivie par la Jordanie en 1994": Israël is no item
            }
        }
        return null;
    }

    /** The trigger whose list it is: the last one of the sentence that starts before the list's first item. */
    static RuleHit ownTrigger(List<RuleHit> triggers, List<Item> items) {
        int first = items.get(0).state().span().start();
        RuleHit own = null;
        for (RuleHit h : triggers) {
            if (h.last() < first && (own == null || h.first() > own.first())) {
                own = h;
            }
        }
        return own;
    }

    /**
     * The state the sentence is about, whose past treaties a list may give: its first state named
     * before any conjugated verb ("Depuis son indépendance en 1818, le Chili a ..."), or null.
     */
    static ActorMention subject(LemmatizedSentence ls, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.kind() != MentionKind.STATE_NAME || m.country() == null) {
                continue;
            }
            return ls.conjugatedVerbBefore(ls.tokenAt(m.span().start())) ? null : m;
        }
        return null;
    }

    /** One past treaty of the list: a signing between the subject and the item's state, in the item's year. */
    static Event signing(String article, LemmatizedSentence ls, RuleHit trigger, Item item, ActorMention subject) {
        org.entente.text.Span span = new org.entente.text.Span(ls.tokens().get(trigger.first()).start(),
                ls.tokens().get(trigger.last()).end());
        EventMention mention = new EventMention(article, ls.sentence().index(), ls.sentence().span(), ls.sentence().text(), span);
        String id = article + "#" + ls.sentence().index() + "-sign-" + span.start() + "-" + item.state().country().toLowerCase(java.util.Locale.ROOT);
        return new Event(id, EventType.SIGN, item.year().value(), "text", null, List.of(),
                List.copyOf(new java.util.TreeSet<>(List.of(subject.country(), item.state().country()))), null, null,
                Event.HAPPENED, List.of(mention), 0.6, Party.state(subject.country()), Party.state(item.state().country()));
    }
}
