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

    /** The index of the first token starting at or after {@code offset} in the article text, or {@link #size()}. */
    public int tokenAt(int offset) {
        List<Token> tokens = tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /**
     * A conjugated verb stands before token {@code at}: a word the lexicon knows only as a verb,
     * and not as its infinitive or a participle. What comes before it is the sentence's subject
     * or an adjunct of it.
     */
    public boolean conjugatedVerbBefore(int at) {
        for (int i = 0; i < Math.min(at, forms.size()); i++) {
            WordForm f = forms.get(i);
            if (f.isOnlyVerb() && !f.isInfinitive() && !f.isPastParticiple() && !f.isPresentParticiple()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return forms.size();
    }
}
