package org.entente.text;

/**
 * A token as the French parser sees it. CoreNLP splits contractions ("du" → "de le", "au" → "à
 * le"), so several parsed tokens may share one span of the original text.
 *
 * @param word   the word (after contraction splitting)
 * @param span   offsets into the article text
 * @param upos   universal part of speech (NOUN, VERB, PROPN, ADP, ...)
 * @param ner    named-entity class (PER, LOC, ORG, MISC) or "O"
 * @param head   index of the syntactic head in the sentence's token list, -1 for the root
 * @param deprel universal dependency relation to the head (nsubj, obj, obl, ...)
 */
public record ParsedToken(String word, Span span, String upos, String ner, int head, String deprel) {
}
