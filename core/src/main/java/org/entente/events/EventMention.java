package org.entente.events;

import org.entente.text.Span;

/**
 * One report of an event: the sentence of an article that states it.
 *
 * @param doc      article id
 * @param sentence sentence index in the article
 * @param span     offsets of the sentence in the article's cleaned text
 * @param text     the sentence, verbatim
 * @param trigger  offsets of the words that triggered the event
 */
public record EventMention(String doc, int sentence, Span span, String text, Span trigger) {
}
