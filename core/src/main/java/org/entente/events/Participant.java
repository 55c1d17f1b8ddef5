package org.entente.events;

/**
 * A person taking part in an event.
 *
 * @param name    canonical English name, or the name as written for people the base does not know
 * @param id      actor id in the knowledge base, or null
 * @param country ISO alpha-3 of the person's state, or null
 * @param role    office at the event's date ("HEAD_OF_STATE"), or null
 */
public record Participant(String name, String id, String country, String role) {
}
