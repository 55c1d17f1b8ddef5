package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.time.Granularity;
import org.entente.time.PublicationDate;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Dates an article that states no publication date from the other articles of the run: when one
 * of its events is also reported, with a date, by an article that has one, the article was written
 * around that month. Month precision only: an event's day is not the day of writing, so weekdays
 * stay unresolved rather than guessed.
 */
final class CrossArticleDating {
    private CrossArticleDating() {
    }

    static Map<String, PublicationDate> anchors(java.util.List<Event> merged, Set<String> undatedDocs) {
        Map<String, Map<YearMonth, Integer>> votes = new HashMap<>();
        for (Event e : merged) {
            if (e.type().isStatement() || e.date() == null || e.date().length() < 7) {
                continue;
            }
            boolean datedElsewhere = e.mentions().stream().anyMatch(m -> !undatedDocs.contains(m.doc()));
            if (!datedElsewhere) {
                continue;
            }
            YearMonth month = YearMonth.parse(e.date().substring(0, 7));
            for (EventMention m : e.mentions()) {
                if (undatedDocs.contains(m.doc())) {
                    votes.computeIfAbsent(m.doc(), k -> new HashMap<>()).merge(month, 1, Integer::sum);
                }
            }
        }
        Map<String, PublicationDate> out = new HashMap<>();
        votes.forEach((doc, months) -> months.entrySet().stream()
                .max(Map.Entry.<YearMonth, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .ifPresent(best -> out.put(doc, new PublicationDate(best.getKey().toString(),
                        best.getKey().atEndOfMonth(), Granularity.MONTH, "inferred"))));
        return out;
    }
}
