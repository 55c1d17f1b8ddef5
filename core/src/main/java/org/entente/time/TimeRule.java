package org.entente.time;

import java.util.Optional;

/** One pattern of the time grammar, tried at every token; the tagger keeps the longest match. */
interface TimeRule {
    /** A match starting exactly at token {@code i}, if any. */
    Optional<Match> match(Scan scan, int i);
}
