package org.entente.events;

/** One row of {@code rules.tsv}. */
public record Rule(Kind kind, EventType type, Pattern pattern, int line) {
    public enum Kind { TRIGGER, OBJECT, BLOCK }
}
