package org.entente.ingest;

import java.util.Objects;

/**
 * One input that could not be turned into an article, reported instead of aborting the run so
 * that a single bad file never hides the others; or, as a warning, one that was read but not
 * exactly as written (a few bytes that were not UTF-8).
 *
 * @param origin  the path (or stream name) as given
 * @param line    1-based JSONL line number, 0 when the problem concerns a whole file
 * @param message what is wrong, in words a user can act on
 * @param skipped true when the input (or article) was left out; false for a warning about an
 *                input that was read all the same, which does not change the exit code
 */
public record InputProblem(String origin, int line, String message, boolean skipped) {
    public InputProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** An input left out. */
    public InputProblem(String origin, int line, String message) {
        this(origin, line, message, true);
    }

    /** An input read all the same, with a caveat. */
    public static InputProblem warning(String origin, int line, String message) {
        return new InputProblem(origin, line, message, false);
    }

    /** "skipped path: message" or "warning: path:line: message", as the commands print it after "entente: ". */
    public String report() {
        return (skipped ? "skipped " : "warning: ") + this;
    }

    /** "path: message" or "path:line: message", the shape compilers use so editors can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? origin + ":" + line + ": " + message : origin + ": " + message;
    }
}
