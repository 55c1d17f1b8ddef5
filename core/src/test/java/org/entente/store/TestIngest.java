package org.entente.store;

import org.entente.actors.ActorBase;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;

import java.nio.file.Path;
import java.util.List;

/** Ingests inputs into a store as the 'ingest' command does, for tests of what reads the store. */
public final class TestIngest {
    private TestIngest() {
    }

    /** Returns {unchanged, added, replaced}. */
    public static long[] into(Store store, Pipeline pipeline, ActorBase actors, Path... inputs) {
        ArticleWriter writer = new ArticleWriter(store, actors);
        long[] counts = new long[3];
        new Runner(pipeline, 2).stream(List.of(inputs), a -> {
            if (writer.isStored(a)) {
                counts[0]++;
                return false;
            }
            return true;
        }, r -> counts[writer.write(r) == ArticleWriter.Outcome.ADDED ? 1 : 2]++, pr -> {
            throw new AssertionError(pr.toString());
        }, null);
        return counts;
    }
}
