package org.entente.spark;

import org.entente.events.Event;
import org.entente.merge.EventMerger;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One event on its way through the distributed merge, with the place it would have in the
 * single-machine Runner's list: reports of a first reading ({@code phase} 0) in input order, then
 * those of second readings of re-dated articles (phase 1), each article's events in its order.
 *
 * @param seq   the article's position in the input (file, then record within the file)
 * @param index the event's position among its article's events
 * @param block the merge block ({@link EventMerger#blockKey})
 * @param doc   the article of the event's first mention
 * @param json  the event ({@link Codec})
 */
public record Report(int phase, long seq, int index, String block, String doc, String json)
        implements Serializable, Comparable<Report> {
    static final Comparator<Report> ORDER = Comparator.comparingInt(Report::phase)
            .thenComparingLong(Report::seq).thenComparingInt(Report::index);

    @Override
    public int compareTo(Report other) {
        return ORDER.compare(this, other);
    }

    /** The same place in the order, another event (the merged one this report starts). */
    Report withEvent(Event e) {
        return new Report(phase, seq, index, block, doc, Codec.event(e));
    }

    static Report of(int phase, long seq, int index, Event e) {
        return new Report(phase, seq, index, EventMerger.blockKey(e), e.mentions().get(0).doc(), Codec.event(e));
    }
}
