package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Lemmatizer;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleBookTest {
    private static final Lemmatizer LEMMATIZER = new Lemmatizer();
    private static final RuleBook RULES = RuleBook.load();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    private static Set<String> triggered(String sentence) {
        LemmatizedSentence ls = LemmatizedSentence.of(SPLITTER.split(sentence).get(0), LEMMATIZER);
        return RULES.match(ls).stream().filter(h -> h.kind() == Rule.Kind.TRIGGER)
                .map(h -> h.type().name()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            La ministre s'est entretenue mardi avec son homologue argentin.               | MEET
            Les deux présidents se rencontreront à Genève.                                | MEET
            Le roi a reçu lundi le Premier ministre canadien au palais.                   | MEET
            Il a participé au sommet du G20 à Bali.                                       | MEET
            Le chancelier s'est rendu mercredi à Varsovie.                                | VISIT
            La présidente est arrivée à Lima pour une visite officielle de trois jours.   | VISIT
            Les deux dirigeants ont eu un entretien téléphonique jeudi.                   | CALL
            Le ministre s'est entretenu par téléphone avec son homologue japonais.        | CALL
            Les deux pays ont paraphé un mémorandum d'entente sur l'énergie.              | SIGN
            Les ministres ont signé un accord de libre-échange.                           | SIGN
            Le Chili et le Pérou ont établi des relations diplomatiques en 1990.          | RELATION
            La Norvège soutient la candidature du Kenya au Conseil des droits de l'homme. | SUPPORT
            Le gouvernement a décidé d'ouvrir un consulat à Lyon.                         | COMMIT
            Il a été paraphé par les ministres des deux pays.                             | SIGN
            Les deux gouvernements ont paraphé plusieurs textes de coopération.           | SIGN
            Le président ghanéen s'est à son tour rendu à Abidjan.                        | VISIT
            La reine a été accueillie à l'aéroport de Dakar par le chef de l'État.        | VISIT
            Rabat et Téhéran ont annoncé la reprise de leurs relations diplomatiques.     | RELATION
            Le pacte élève les relations entre les deux pays au rang de partenariat stratégique. | RELATION
            Ottawa a imposé de nouvelles sanctions contre Caracas.                        | SANCTION
            Le Chili a rappelé son ambassadeur à La Paz pour consultations.               | SANCTION
            La Bolivie a annoncé son retrait du traité de coopération avec le Pérou.      | SANCTION
            Le Maroc a envoyé dix tonnes d'aide au Liban.                                 | COMMIT
            La Suède a reconnu l'État de Palestine.                                       | SUPPORT
            Le Nicaragua a rompu ses relations diplomatiques avec Taïwan.                 | RELATION
            La météo sera clémente demain sur toute la région.                            | -
            """)
    void triggersCoverCommonDiplomaticWording(String sentence, String expected) {
        Set<String> want = expected.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(",")));
        Set<String> got = triggered(sentence);
        if (!want.isEmpty()) {
            got.retainAll(Set.of("MEET", "VISIT", "CALL", "SIGN", "RELATION", "SUPPORT", "COMMIT", "SANCTION"));
            for (String w : want) {
                assertEquals(true, got.contains(w), sentence + " -> " + got);
            }
            if (want.contains("CALL")) {
                assertEquals(false, got.contains("MEET"), "a phone call is not a meeting in person: " + got);
            }
        } else {
            assertEquals(want, got, sentence);
        }
    }
}
