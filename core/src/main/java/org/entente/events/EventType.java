package org.entente.events;

/** The event types Entente extracts (see the corpus README for their definitions). */
public enum EventType {
    MEET, VISIT, CALL, SIGN, COMMIT, SANCTION, SUPPORT, RELATION;

    /** Statements are scored and merged by what they say, not by when and where they happened. */
    public boolean isStatement() {
        return this == COMMIT || this == SANCTION || this == SUPPORT || this == RELATION;
    }
}
