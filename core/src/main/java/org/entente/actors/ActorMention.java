package org.entente.actors;

import org.entente.text.Span;

/**
 * A stretch of text that refers to an actor.
 *
 * @param sentence index of the sentence it is in
 * @param span     offsets into the article's cleaned text
 * @param surface  the text as written
 * @param kind     how the actor is referred to
 * @param country  ISO alpha-3 of the state involved (the state itself, the person's or place's
 *                 state), or null when unknown
 * @param actor    the resolved canonical actor, or null when the mention only names a state
 *                 (kind STATE_NAME/DEMONYM/... carry the state as actor) or stays unresolved
 * @param role     for ROLE mentions and resolved people, the office at the article's date; else null
 */
public record ActorMention(int sentence, Span span, String surface, MentionKind kind, String country,
                           Actor actor, Role role) {
}
