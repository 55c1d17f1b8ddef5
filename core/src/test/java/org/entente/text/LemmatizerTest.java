package org.entente.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LemmatizerTest {
    private final Lemmatizer lemmatizer = new Lemmatizer();

    private WordForm form(String word) {
        return lemmatizer.analyze(word, Normalizer.fold(word));
    }

    @Test
    void inflectedVerbsMeetTheirLemma() {
        assertTrue(form("rencontreront").hasLemma("rencontrer"));
        assertTrue(form("soutenait").hasLemma("soutenir"));
        assertTrue(form("convenues").hasLemma("convenir"));
        assertTrue(form("Signèrent").hasLemma("signer"));
    }

    @Test
    void tenseIsKnownWithoutTheParser() {
        assertTrue(form("signera").isFuture());
        assertTrue(form("prolongerait").isConditional());
        assertFalse(form("signé").isFutureOrConditional());
        assertTrue(form("signé").isPastParticiple());
    }

    @Test
    void unknownWordsFallBackToTheirFoldedForm() {
        assertTrue(form("Nourtléou").hasLemma("nourtleou"));
    }
}
