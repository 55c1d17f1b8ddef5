package org.entente.cli;

/**
 * A value on the command line that the command cannot use (an unknown event type, a date that is
 * not one): exit code 2, with a message that lists what would do.
 */
final class BadUsage extends RuntimeException {
    BadUsage(String message) {
        super(message);
    }
}
