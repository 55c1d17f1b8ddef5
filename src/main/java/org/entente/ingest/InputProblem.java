package org.entente.ingest;

/**
 * An input that could not be read, said once and clearly; the other inputs go on.
 *
 * @param origin the file (or path) concerned
 * @param line   the line of a JSON-lines file, or 0
 * @param message what is wrong, in words a user can act on
 */
public record InputProblem(String origin, int line, String message) {
    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
