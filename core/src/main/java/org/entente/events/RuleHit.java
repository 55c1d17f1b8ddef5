package org.entente.events;

/**
 * A rule matched in a sentence.
 *
 * @param first first token index of the match
 * @param last  last token index of the match
 * @param key   for OBJECT rules, the normalised object key ("atelier luban"); else null
 */
public record RuleHit(Rule rule, int first, int last, String key) {
    public EventType type() {
        return rule.type();
    }

    /** A trigger hit, not an object's or a block's. */
    public boolean isTrigger() {
        return rule.kind() == Rule.Kind.TRIGGER;
    }

    Rule.Kind kind() {
        return rule.kind();
    }

    int length() {
        return last - first + 1;
    }

    boolean overlaps(RuleHit o) {
        return first <= o.last && o.first <= last;
    }
}
