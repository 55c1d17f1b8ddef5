package org.entente.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article's context fills in once all its sentences are read: the date of a report that
 * states none ("lors de cette visite"), and the place of a meeting or signing whose sentence names
 * none. One job of event extraction, apart from the rest.
 */
final class ContextFill {
    /** The date source of a report that points back at a happening already told ("lors de cette discussion"). */
    static final String ANAPHORIC = "anaphoric";
    private ContextFill() {
    }

    /**
     * Reports of a happening that state no date of their own ("lors de cette visite") take the
     * date of the nearest report that states one, the previous first (the story's main event is
     * usually dated before it is commented), else the publication date.
     */
    static List<Event> withContextDates(List<Event> events, ArticleContext ctx) {
        // One pass each way and one map, so that the fill stays linear in the article's events.
        Map<String, String> byKey = new HashMap<>();
        for (Event d : events) {
            String stated = statedDate(d);
            if (stated != null && d.key() != null) {
                byKey.putIfAbsent(d.type() + "|" + d.key(), stated);
            }
        }
        String published = ctx.publicationDate();
        String[] previous = new String[events.size()];
        String[] told = new String[events.size()];
        String[] next = new String[events.size()];
        for (int i = 1; i < events.size(); i++) {
            String stated = recent(statedDate(events.get(i - 1)), published);
            previous[i] = stated != null ? stated : previous[i - 1];
            told[i] = statedDate(events.get(i - 1)) != null ? statedDate(events.get(i - 1)) : told[i - 1];
        }
        for (int i = events.size() - 2; i >= 0; i--) {
            String stated = recent(statedDate(events.get(i + 1)), published);
            next[i] = stated != null ? stated : next[i + 1];
        }
        // The nearest earlier report of the same type with a recent stated date: "Les deux hommes se
        // sont entretenus" after a dated meeting and a trip told since is that meeting's.
        Map<EventType, String> lastOfType = new java.util.EnumMap<>(EventType.class);
        String[] sameType = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            sameType[i] = lastOfType.get(events.get(i).type());
            String stated = recent(statedDate(events.get(i)), published);
            if (stated != null) {
                lastOfType.put(events.get(i).type(), stated);
            }
        }
        // Reports of one sentence happened together ("A l'issue de leur rencontre, ils ont signé"):
        // the date one of them states or takes is the others'.
        Map<Integer, String> bySentence = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int sentence = e.mentions().get(0).sentence();
            boolean anaphoric = ANAPHORIC.equals(e.dateSource());
            if (e.type().isStatement() || !"context".equals(e.dateSource()) && !anaphoric) {
                if (statedDate(e) != null) {
                    bySentence.putIfAbsent(sentence, e.date());
                }
                out.add(e);
                continue;
            }
            // e itself states no date ("context"), so it is never its own donor.
            String date = e.key() == null ? null : byKey.get(e.type() + "|" + e.key());
            if (date == null && anaphoric) {
                date = told[i]; // the happening it points back at, background or not
            }
            if (date == null && !isForum(e)) {
                // A forum's summit told without a date is dated by its own reports or by
                // publication, not by the story's other happenings.
                date = bySentence.get(sentence);
                if (date == null && sameType[i] != null) {
                    date = sameType[i];
                    bySentence.putIfAbsent(sentence, date);
                }
                if (date == null) {
                    date = previous[i] != null ? previous[i] : next[i];
                }
            }
            if (date == null) {
                date = ctx.publicationDate();
            }
            out.add(e.withDate(date, date == null ? null : "context"));
        }
        return out;
    }

    /**
     * A meeting or signing whose sentence names no place happened where the story's lead event did
     * (the first report of the same forum, else the article's first located happening), when
     * their dates agree.
     */
    static List<Event> withContextPlaces(List<Event> events) {
        Map<String, Event> located = new HashMap<>();
        Event lead = null;
        for (Event d : events) {
            if (d.place() != null && d.happened()) {
                if (d.key() != null) {
                    located.putIfAbsent(d.type() + "|" + d.key(), d);
                }
                if (lead == null && !d.type().isStatement()) {
                    lead = d;
                }
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            // A visit's place is a city of the visited state (see build), never another event's city.
            if (e.place() != null || e.type().isStatement() || e.type() == EventType.CALL || e.type() == EventType.VISIT
                    || !e.happened()) {
                out.add(e);
                continue;
            }
            Event donor = e.key() == null ? null : located.get(e.type() + "|" + e.key());
            if (donor == null && !isForum(e)) {
                // A named forum's summit ("un sommet du G7") is where its own reports place it,
                // not where the story's lead happened.
                donor = lead;
            }
            if (donor != null && datesAgree(donor.date(), e.date())) {
                out.add(e.withPlace(donor.place()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isForum(Event e) {
        return Keys.forum(e.key()) != null;
    }

    /**
     * A stated date that can date the story's other reports: not background ("les accords de Camp
     * David, signés en septembre 1978"), which is more than a month before publication.
     */
    private static String recent(String stated, String published) {
        if (stated == null || published == null || published.length() < 7 || stated.length() < 7) {
            return stated;
        }
        int months = 12 * (Integer.parseInt(published.substring(0, 4)) - Integer.parseInt(stated.substring(0, 4)))
                + Integer.parseInt(published.substring(5, 7)) - Integer.parseInt(stated.substring(5, 7));
        return months <= 1 ? stated : null;
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
