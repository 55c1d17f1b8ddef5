package org.entente.events;

/**
 * One side of a directed event: a person when the text names one, else a state.
 *
 * @param name    canonical name of the person, or null for a state acting as such
 * @param id      actor id of the person in the knowledge base, or null
 * @param country ISO alpha-3 of the state; never null
 */
public record Party(String name, String id, String country) {
    public Party {
        java.util.Objects.requireNonNull(country, "country");
    }

    public static Party state(String country) {
        return new Party(null, null, country);
    }
}
