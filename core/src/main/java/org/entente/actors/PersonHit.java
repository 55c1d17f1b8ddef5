package org.entente.actors;

/** A person found in a sentence: tokens [from, to), the actor when known, and how it is named. */
record PersonHit(int from, int to, Actor actor, MentionKind kind) {
}
