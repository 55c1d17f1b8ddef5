package org.entente.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class InputOptions {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-parse", description = "skip the CoreNLP parser (faster, less accurate)")
    boolean noParse;

    @Option(names = "--planned", description = "also output events not yet done: planned (\"se rendra\", \"devrait signer\") and announced (\"a annoncé la visite de\")")
    boolean planned;

    /** Events to output: those that happened, and the planned ones when asked for. */
    java.util.List<org.entente.events.Event> select(java.util.List<org.entente.events.Event> events) {
        return events.stream().filter(e -> planned || e.happened()).toList();
    }
}
