package org.entente.text;

import java.util.List;

/**
 * One sentence of an article.
 *
 * @param index  position of the sentence in the article (0-based)
 * @param span   where it is in the article's cleaned text
 * @param text   the sentence as written
 * @param tokens its tokens, offsets into the article text
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
