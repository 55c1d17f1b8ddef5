package org.entente.time;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Lemmatizer;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeTaggerTest {
    private static final Lemmatizer LEMMATIZER = new Lemmatizer();
    private static final TimeTagger TAGGER = new TimeTagger();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Le sommet s'est tenu le 1er décembre 2024 à Lima.                 | 2025-01-10 | 2024-12-01
            Les ministres se sont vus les 13 et 14 juillet à Oslo.            | 2023-07-20 | 2023-07-13/2023-07-14
            La conférence a eu lieu du 5 au 7 avril à Nairobi.                | 2022-04-09 | 2022-04-05/2022-04-07
            Elle s'est rendue au Chili début mars 2021.                       | 2021-03-30 | 2021-03
            Le traité sera ratifié en 2027.                                   | 2025-06-01 | 2027
            Le président a reçu mercredi son homologue.                       | 2024-07-05 | 2024-07-03
            Le président a reçu mercredi son homologue.                       | 2024-07-03 | 2024-07-03
            Le chef de l'État a parlé lundi avec son homologue.               | 2025-01-01 | 2024-12-30
            Les deux ministres se rencontreront mercredi à Rome.              | 2024-07-05 | 2024-07-10
            Ils s'étaient rencontrés l'an dernier à Rabat.                    | 2024-01-15 | 2023
            Le forum se tiendra l'année prochaine au Caire.                   | 2024-11-02 | 2025
            Il s'est rendu à Tokyo en novembre.                               | 2025-02-10 | 2024-11
            Il se rendra à Tokyo en janvier.                                  | 2024-11-20 | 2025-01
            Les deux pays ont signé hier un accord.                           | 2023-03-01 | 2023-02-28
            Le 30e anniversaire de l'établissement des relations tombe bien.  | 2022-06-08 | 1992
            Ils célèbrent 32 années de coopération après l'établissement des liens. | 2024-07-03 | 1992
            Il a été reçu il y a deux jours à Ankara.                         | 2024-03-10 | 2024-03-08
            Le président a reçu mercredi son homologue.                       | null       | null
            """)
    void resolvesAgainstThePublicationDate(String sentence, String published, String expected) {
        PublicationDate anchor = published == null ? null : new PublicationDate(published, LocalDate.parse(published), Granularity.DAY, "test");
        LemmatizedSentence ls = LemmatizedSentence.of(SPLITTER.split(sentence).get(0), LEMMATIZER);
        List<TimeExpression> found = TAGGER.find(ls, anchor);
        assertEquals(1, found.size(), found.toString());
        assertEquals(expected, found.get(0).value(), found.toString());
    }
}
