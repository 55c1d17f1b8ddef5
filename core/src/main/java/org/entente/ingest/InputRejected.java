package org.entente.ingest;

/** Internal signal that one input is unusable; turned into an {@link InputProblem} by the caller. */
final class InputRejected extends Exception {
    InputRejected(String message) {
        super(message, null, false, false);
    }
}
