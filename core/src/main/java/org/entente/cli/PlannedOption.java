package org.entente.cli;

import org.entente.events.Event;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * Whether the commands that write events straight from a run (extract, eval) include the ones not
 * yet done. The store keeps every status whatever is asked, so ingest has no such option: there
 * `events --status` chooses when reading.
 */
final class PlannedOption {
    @Option(names = "--planned", description = "also output events not yet done: planned (\"se rendra\", \"devrait signer\") and announced (\"a annoncé la visite de\")")
    boolean planned;

    /** Events to output: those that happened, and the planned ones when asked for. */
    List<Event> select(List<Event> events) {
        return events.stream().filter(e -> planned || e.happened()).toList();
    }
}
