package org.entente.actors;

/** What a canonical actor is. */
public enum ActorKind { STATE, PERSON, ORGANISATION, PLACE }
