package org.entente.events;

/**
 * The key prefixes a SANCTION event carries, so that the standards table can tell an economic
 * measure (CAMEO 163) from a reduction of diplomatic ties (161) and from the rest (160).
 */
public final class SanctionKinds {
    /** Sanctions, an embargo, trade or flights suspended. */
    public static final String ECONOMIC = "sanction:economic";
    /** Diplomats expelled, an ambassador recalled, ties reduced. */
    public static final String DIPLOMATIC = "sanction:diplomatic";
    /** Treaty withdrawal, exclusion from a forum, cooperation suspended. */
    public static final String OTHER = "sanction:other";

    private SanctionKinds() {
    }
}
