package org.entente.pipeline;

/** One full pipeline (CoreNLP included) shared by the measurement tests: loading it twice costs seconds and a gigabyte. */
public final class TestPipelines {
    private static final class Holder {
        static final Pipeline FULL = Pipeline.create(true);
    }

    private TestPipelines() {
    }

    public static Pipeline full() {
        return Holder.FULL;
    }
}
