package org.entente.cli;

import org.entente.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The store a command works on. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE} in the working directory)")
    Path file = Store.DEFAULT_FILE;
}
