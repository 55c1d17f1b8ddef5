package org.entente.actors;

/**
 * A canonical actor of the knowledge base.
 *
 * @param id       stable id: ISO alpha-3 for states ("CHN"), a Wikidata id where known for people,
 *                 organisations and places ("Q15031"), else a slug ("person:xi-jinping")
 * @param kind     state, person, organisation or place
 * @param name     canonical English name ("Xi Jinping", "Kazakhstan", "Astana")
 * @param country  ISO alpha-3 of the state the actor belongs to or lies in; null for organisations
 */
public record Actor(String id, ActorKind kind, String name, String country) {
}
