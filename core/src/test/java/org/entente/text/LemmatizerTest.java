package org.entente.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void aLongTextHoldsOneAnalysisPerWordNotPerToken() {
        // Every token of a 20 MB article once carried its own pair of hash sets: the article kept
        // gigabytes of them alive. The same word now gets the very same analysis.
        List<Sentence> sentences = new SentenceSplitter(new Tokenizer())
                .split("Les deux ministres se sont rencontrés. Les deux ministres se sont rencontrés.");
        LemmatizedSentence first = LemmatizedSentence.of(sentences.get(0), lemmatizer);
        LemmatizedSentence second = LemmatizedSentence.of(sentences.get(1), lemmatizer);
        for (int i = 0; i < first.size(); i++) {
            assertSame(first.forms().get(i), second.forms().get(i), first.tokens().get(i).text());
        }
        assertTrue(first.forms().get(5).hasLemma("rencontrer"));
    }

    @Test
    void anAnalysisIsForTheNormItWasAskedWith() {
        WordForm folded = lemmatizer.analyze("Zorblak", "zorblak");
        WordForm other = lemmatizer.analyze("Zorblak", "autre");
        assertNotSame(folded, other);
        assertEquals(List.of("autre"), List.copyOf(other.lemmas()));
    }

    @Test
    void lemmasKeepTheLexiconsOrderBeforeTheWordItself() {
        List<String> lemmas = List.copyOf(form("rencontrent").lemmas());
        assertEquals("rencontrer", lemmas.get(0));
        assertEquals("rencontrent", lemmas.get(lemmas.size() - 1));
    }
}
