package org.entente.ingest;

import java.util.Objects;

/**
 * One input that could not be turned into an article, reported instead of aborting the run so
 * that a single bad file never hides the others.
 *
 * @param origin  the path (or stream name) as given
 * @param line    1-based JSONL line number, 0 when the problem concerns a whole file
 * @param message what is wrong, in words a user can act on
 */
public record InputProblem(String origin, int line, String message) {
    public InputProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** "path: message" or "path:line: message", the shape compilers use so editors can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line + ": " + message : origin + ": " + message;
    }
}
