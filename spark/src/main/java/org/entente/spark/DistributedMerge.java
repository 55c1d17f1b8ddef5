package org.entente.spark;

import org.apache.spark.api.java.JavaRDD;
import org.entente.events.Event;
import org.entente.merge.EventMerger;

import java.util.ArrayList;
import java.util.List;

/**
 * Core's {@link EventMerger}, distributed. The merger only ever compares a report with the groups
 * of its own block ({@link EventMerger#blockKey}), and folds reports in the order it is given
 * them, so grouping by block, sorting each block into the single-machine order and merging it
 * gives exactly the groups the Runner builds; sorting the merged events by the place of their
 * first report then gives the Runner's list itself.
 *
 * <p>A block is merged in one task: the blocks of a corpus are many (type × pair of states), but a
 * pair of states much in the news makes one large block.
 */
final class DistributedMerge {
    private DistributedMerge() {
    }

    /** One {@link Report} per merged event, placed where the event's first report was. */
    static JavaRDD<Report> merge(JavaRDD<Report> reports, int partitions) {
        return reports.groupBy(Report::block, partitions).flatMap(t -> mergeBlock(t._2()).iterator());
    }

    static List<Report> mergeBlock(Iterable<Report> block) {
        List<Report> sorted = new ArrayList<>();
        block.forEach(sorted::add);
        sorted.sort(Report.ORDER);
        List<Event> originals = new ArrayList<>(sorted.size());
        List<Event> numbered = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Event e = Codec.event(sorted.get(i).json());
            originals.add(e);
            // The merger names a group after its first report and never reads ids otherwise, so a
            // position as id tells which report started each group.
            numbered.add(withId(e, Integer.toString(i)));
        }
        List<Report> out = new ArrayList<>();
        for (Event merged : new EventMerger().merge(numbered)) {
            int first = Integer.parseInt(merged.id());
            out.add(sorted.get(first).withEvent(withId(merged, originals.get(first).id())));
        }
        return out;
    }

    private static Event withId(Event e, String id) {
        return new Event(id, e.type(), e.date(), e.dateSource(), e.place(), e.participants(), e.countries(), e.what(),
                e.key(), e.status(), e.mentions(), e.confidence(), e.source(), e.target());
    }
}
