package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.time.DateSpan;
import org.entente.time.Granularity;
import org.entente.time.PublicationDate;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Dates an article that states no publication date from the other articles of the run: when one
 * of its events is also reported, with a date, by an article that has one, the article was written
 * around that month. Month precision only: an event's day is not the day of writing, so weekdays
 * stay unresolved rather than guessed.
 *
 * <p>Every merged event votes on its own and the votes of an article are then counted, so a
 * distributed run (the Spark job) applies the very same rule: {@link #vote} per event,
 * {@link #choose} per article.
 */
public final class CrossArticleDating {
    /** Undated articles kept for a second reading; beyond this many, later ones keep their first reading. */
    public static final int MAX_UNDATED_KEPT = 20_000;

    private CrossArticleDating() {
    }

    /** @param failed told of an event whose vote failed; the other events still vote */
    static Map<String, PublicationDate> anchors(List<Event> merged, Set<String> undatedDocs,
                                                BiConsumer<Event, RuntimeException> failed) {
        Map<String, Map<YearMonth, Integer>> votes = new HashMap<>();
        for (Event e : merged) {
            List<Map.Entry<String, YearMonth>> ballots = new java.util.ArrayList<>();
            try {
                vote(e, undatedDocs, (doc, month) -> ballots.add(Map.entry(doc, month)));
            } catch (RuntimeException failure) {
                failed.accept(e, failure);
                continue;
            }
            ballots.forEach(b -> votes.computeIfAbsent(b.getKey(), k -> new HashMap<>()).merge(b.getValue(), 1, Integer::sum));
        }
        Map<String, PublicationDate> out = new HashMap<>();
        votes.forEach((doc, months) -> choose(months).ifPresent(d -> out.put(doc, d)));
        return out;
    }

    /**
     * The votes of one merged event: one (undated article, month) per mention in an undated
     * article, when the event is dated and also reported by an article with a date.
     */
    public static void vote(Event e, Set<String> undatedDocs, BiConsumer<String, YearMonth> ballot) {
        // The month the event starts in: "2017/2020" names none (once cut to "2017/20" and read
        // as a month, it aborted whole runs), "2024-07-30/2024-08-02" names July.
        String start = e.type().isStatement() ? null : DateSpan.startMonth(e.date());
        if (start == null) {
            return;
        }
        boolean datedElsewhere = e.mentions().stream().anyMatch(m -> !undatedDocs.contains(m.doc()));
        if (!datedElsewhere) {
            return;
        }
        YearMonth month = YearMonth.parse(start);
        for (EventMention m : e.mentions()) {
            if (undatedDocs.contains(m.doc())) {
                ballot.accept(m.doc(), month);
            }
        }
    }

    /** The month an article's votes elect (most votes, then the later month), as its publication date. */
    public static Optional<PublicationDate> choose(Map<YearMonth, Integer> months) {
        return months.entrySet().stream()
                .max(Map.Entry.<YearMonth, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(best -> new PublicationDate(best.getKey().toString(),
                        best.getKey().atEndOfMonth(), Granularity.MONTH, "inferred"));
    }

    /** Whether a report is replaced by the second reading of its article, given the anchored articles. */
    public static boolean rereads(Event report, Set<String> anchoredDocs) {
        return anchoredDocs.contains(report.mentions().get(0).doc());
    }
}
