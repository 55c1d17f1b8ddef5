package org.entente.spark;

import org.entente.pipeline.Pipeline;

/**
 * One {@link Pipeline} per executor JVM, built on first use. Loading the rules, lexicon and actor
 * base costs seconds and hundreds of megabytes, so every task of an executor shares one instance
 * (Pipeline is safe for concurrent use: core's Runner shares one across threads too).
 *
 * <p>This is the one piece of static mutable state of the project, and it is justified: Spark
 * ships functions, not objects with a lifecycle, so a per-JVM cache is the only way to load once
 * per executor rather than once per task or per record.
 */
final class PipelineHolder {
    private static final Object LOCK = new Object();
    private static volatile Pipeline withParser;
    private static volatile Pipeline withoutParser;

    private PipelineHolder() {
    }

    static Pipeline get(boolean parse) {
        Pipeline p = parse ? withParser : withoutParser;
        if (p != null) {
            return p;
        }
        synchronized (LOCK) {
            p = parse ? withParser : withoutParser;
            if (p == null) {
                p = Pipeline.create(parse);
                if (parse) {
                    withParser = p;
                } else {
                    withoutParser = p;
                }
            }
            return p;
        }
    }
}
