package org.entente.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class InputOptions {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-parse", description = "skip the CoreNLP parser (faster, less accurate)")
    boolean noParse;
}
