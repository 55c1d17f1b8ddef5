package org.entente.text;

import java.util.List;

/** A sentence with the lexicon's analysis of each of its tokens (same order, same size). */
public record LemmatizedSentence(Sentence sentence, List<WordForm> forms) {
    public LemmatizedSentence {
        forms = List.copyOf(forms);
        if (forms.size() != sentence.tokens().size()) {
            throw new IllegalArgumentException("one word form per token");
        }
    }

    public static LemmatizedSentence of(Sentence sentence, Lemmatizer lemmatizer) {
        return new LemmatizedSentence(sentence, sentence.tokens().stream().map(lemmatizer::analyze).toList());
    }

    public List<Token> tokens() {
        return sentence.tokens();
    }

    public int size() {
        return forms.size();
    }
}
