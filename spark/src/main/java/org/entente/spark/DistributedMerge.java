package org.entente.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.CollectionAccumulator;
import org.entente.events.Event;
import org.entente.pipeline.ArticleGuard;
import org.entente.merge.EventMerger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    static JavaRDD<Report> merge(JavaRDD<Report> reports, int partitions, CollectionAccumulator<String> problems) {
        return reports.groupBy(Report::block, partitions).flatMap(t -> mergeBlock(t._2(), problems::add).iterator());
    }

    /**
     * @param failed told, as a problem naming the article, of a report that could not be folded:
     *               it is left out of its block (the Runner also leaves out the article's other
     *               reports, which a block-local merge cannot see)
     */
    static List<Report> mergeBlock(Iterable<Report> block, Consumer<String> failed) {
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
        List<Event> folded = new EventMerger().merge(numbered, (e, failure) -> failed.accept(ArticleGuard.failure(
                sorted.get(Integer.parseInt(e.id())).doc() + " (merging across articles)", failure).toString()));
        for (Event merged : folded) {
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
