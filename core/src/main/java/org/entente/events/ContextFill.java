package org.entente.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What an article's context fills in once all its sentences are read: the date of a report that
 * states none ("lors de cette visite"), and the place of a meeting or signing whose sentence names
 * none. One job of event extraction, apart from the rest.
 */
final class ContextFill {
    private ContextFill() {
    }

    /**
     * Reports of a happening that state no date of their own ("lors de cette visite") take the
     * date of the nearest report that states one, the previous first (the story's main event is
     * usually dated before it is commented), else the publication date.
     */
    static List<Event> withContextDates(List<Event> events, ArticleContext ctx) {
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type().isStatement() || !"context".equals(e.dateSource())) {
                out.add(e);
                continue;
            }
            String date = null;
            for (Event d : events) {
                if (d != e && e.key() != null && e.key().equals(d.key()) && d.type() == e.type() && date == null) {
                    date = statedDate(d);
                }
            }
            for (int j = i - 1; j >= 0 && date == null; j--) {
                date = statedDate(events.get(j));
            }
            for (int j = i + 1; j < events.size() && date == null; j++) {
                date = statedDate(events.get(j));
            }
            if (date == null) {
                date = ctx.publicationDate();
            }
            out.add(new Event(e.id(), e.type(), date, date == null ? null : "context", e.place(), e.participants(),
                    e.countries(), e.what(), e.key(), e.status(), e.mentions(), e.confidence(), e.source(), e.target()));
        }
        return out;
    }

    /**
     * A meeting or signing whose sentence names no place happened where the story's lead event did
     * (the first report of the same forum, else the article's first located happening), when
     * their dates agree.
     */
    static List<Event> withContextPlaces(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            // A visit's place is a city of the visited state (see build), never another event's city.
            if (e.place() != null || e.type().isStatement() || e.type() == EventType.CALL || e.type() == EventType.VISIT
                    || !e.happened()) {
                out.add(e);
                continue;
            }
            Event donor = events.stream().filter(d -> d != e && d.place() != null && d.type() == e.type() && d.happened()
                    && e.key() != null && e.key().equals(d.key())).findFirst()
                    .orElse(events.stream().filter(d -> d.place() != null && !d.type().isStatement() && d.happened())
                            .findFirst().orElse(null));
            if (donor != null && datesAgree(donor.date(), e.date())) {
                out.add(new Event(e.id(), e.type(), e.date(), e.dateSource(), donor.place(), e.participants(), e.countries(),
                        e.what(), e.key(), e.status(), e.mentions(), e.confidence(), e.source(), e.target()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    static boolean datesAgree(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.split("/")[0];
        String y = b.split("/")[0];
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).equals(y.substring(0, n));
    }

    /** A happening dated to the day or month in its own sentence: the story's time, which others may share. */
    static String statedDate(Event e) {
        return !e.type().isStatement() && e.happened() && e.date() != null && "text".equals(e.dateSource())
                && e.date().length() >= 7 ? e.date() : null;
    }
}
