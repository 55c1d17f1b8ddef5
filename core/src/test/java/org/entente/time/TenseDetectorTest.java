package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTest {
    private static final TenseDetector DETECTOR = TenseDetector.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le ministre rencontrera son homologue.|FUTURE",
            "Les présidents se rendront à Rome.|FUTURE",
            "Le sommet sera ouvert au public.|FUTURE",
            "Le président va se rendre en Inde.|FUTURE",
            "Les deux parties devraient signer un accord.|FUTURE",
            "La délégation doit se rendre à Oslo.|FUTURE",
            "Le ministre prévoit de visiter la région.|FUTURE",
            "Le ministre a rencontré son homologue.|PAST",
            "Les deux pays ont également signé un accord.|PAST",
            "Le président est arrivé à Ankara.|PAST",
            "Le ministre déclarait que tout allait bien.|PAST",
            "Le ministre est prêt à coopérer.|PRESENT",
            "Le sommet se tient à Ankara.|PRESENT",
            "Les patrons des deux entreprises discutent.|PRESENT",
    })
    void sentenceTense(String text, Tense expected) {
        Sentence s = new SentenceSplitter(new Tokenizer()).split(text).get(0);
        assertEquals(expected, DETECTOR.of(s.tokens()));
    }
}
