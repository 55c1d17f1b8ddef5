package org.entente.actors;

import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorLinkerTest {
    private static final ActorLinker LINKER = new ActorLinker(ActorBase.load());
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    private static List<ActorMention> link(String text, String date) {
        List<Sentence> s = SPLITTER.split(text);
        return LINKER.link(s, date == null ? null : LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le président chinois a pris la parole.                      | 2024-07-03 | Xi Jinping
            Le Premier ministre kazakh est arrivé.                      | 2024-11-20 | Olzhas Bektenov
            Le Premier ministre kazakh est arrivé.                      | 2023-05-20 | Alikhan Smailov
            Le ministre chinois des Affaires étrangères a répondu.      | 2023-03-01 | Qin Gang
            Le ministre chinois des Affaires étrangères a répondu.      | 2023-09-01 | Wang Yi
            Le chef de la diplomatie russe a parlé.                     | 2022-02-01 | Sergey Lavrov
            Vladimir Poutine a parlé.                                   | 2022-02-01 | Vladimir Putin
            M. Tokaïev a parlé.                                         | 2022-02-01 | Kassym-Jomart Tokayev
            La chancelière allemande a répondu.                         | 2020-05-05 | Angela Merkel
            Le chancelier allemand a répondu.                           | 2024-05-05 | Olaf Scholz
            La ministre française des Affaires étrangères a répondu.    | 2023-05-05 | Catherine Colonna
            Le président brésilien a répondu.                           | 2023-05-05 | Luiz Inácio Lula da Silva
            Le président sud-africain a répondu.                        | 2023-05-05 | Cyril Ramaphosa
            Le Premier ministre indien a répondu.                       | 2023-05-05 | Narendra Modi
            Le président kényan a répondu.                              | 2023-05-05 | William Ruto
            Le président mexicain a répondu.                            | 2025-05-05 | Claudia Sheinbaum
            """)
    void rolesAndNamesResolveAtTheArticleDate(String text, String date, String expected) {
        List<ActorMention> people = link(text, date).stream().filter(m -> m.actor() != null && m.actor().kind() == ActorKind.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        assertEquals(expected, people.get(0).actor().name());
    }

    @Test
    void statesDemonymsPrefixesAndRenamedCities() {
        List<ActorMention> m = link("Les relations sino-kazakhes progressent : la Chine et Nur-Sultan ont signé.", "2020-06-01");
        assertTrue(m.stream().anyMatch(x -> x.kind() == MentionKind.COUNTRY_PREFIX && "CHN".equals(x.country())), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.kind() == MentionKind.DEMONYM && "KAZ".equals(x.country())), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.kind() == MentionKind.PLACE && x.actor().name().equals("Astana")), m.toString());
    }

    @Test
    void theTwoHeadsOfStateAreThoseOfTheStatesInFocus() {
        List<ActorMention> m = link("Le Brésil et l'Argentine renforcent leurs liens. Les deux chefs d'État ont signé un accord.", "2024-03-01");
        List<String> people = m.stream().filter(x -> x.kind() == MentionKind.ROLE).map(x -> x.actor().name()).sorted().toList();
        assertEquals(List.of("Javier Milei", "Luiz Inácio Lula da Silva"), people);
    }

    @Test
    void aBareShortSurnameStaysUnresolved() {
        assertTrue(link("Li a dit non.", "2024-03-01").stream().noneMatch(x -> x.actor() != null && x.actor().kind() == ActorKind.PERSON));
    }
}
