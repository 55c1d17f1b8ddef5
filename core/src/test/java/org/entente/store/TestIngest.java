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

    /** The pipeline without the parser and the configured actor base, loaded once for all store tests. */
    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.create(false);
        static final ActorBase ACTORS = ActorBase.configured();
    }

    public static Pipeline pipeline() {
        return Shared.PIPELINE;
    }

    public static ActorBase actors() {
        return Shared.ACTORS;
    }

    /** Returns {unchanged, added, replaced}. */
    public static long[] into(Store store, Pipeline pipeline, ActorBase actors, Path... inputs) {
        ArticleWriter.Ingested done = new ArticleWriter(store, actors).ingest(new Runner(pipeline, 2), List.of(inputs),
                pr -> {
                    throw new AssertionError(pr.toString());
                }, null);
        return new long[] {done.unchanged(), done.added(), done.replaced()};
    }
}
