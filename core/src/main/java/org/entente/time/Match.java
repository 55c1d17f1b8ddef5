package org.entente.time;

/**
 * What a rule recognised: tokens {@code from} (inclusive) to {@code to} (exclusive) of the
 * sentence, with the resolved value (null when it could not be resolved).
 */
record Match(int from, int to, String value, Granularity granularity, boolean relative, boolean origin) {
    static Match absolute(int from, int to, String value, Granularity g) {
        return new Match(from, to, value, g, false, false);
    }

    static Match relative(int from, int to, String value, Granularity g) {
        return new Match(from, to, value, g, true, false);
    }
}
