package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** People the base does not know, learned from the role that introduces them, and found again later. */
class CoreferenceTest {
    private static final ActorLinker LINKER = new ActorLinker(ActorBase.configured());
    private static final String[] SYLLABLES = {"zo", "ruk", "vel", "tam", "quo", "dra", "mip", "sor", "xan", "bul"};

    /** Invented, and unlike any name of the base: "Zorukvel", "Zorukdra"... */
    private static String surname(int i) {
        return "Zo" + SYLLABLES[i % 10] + SYLLABLES[i / 10 % 10] + SYLLABLES[i / 100 % 10];
    }

    @Test
    void aLongArticleFindsEachOfItsManyLearnedPeopleAgain() {
        // The learned people are looked up by the start of their name, no longer by trying every
        // one of them at every capitalised word: with hundreds learned, each must still be found.
        int people = 300;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < people; i++) {
            text.append("Le ministre kazakh des Affaires étrangères Arnur ").append(surname(i))
                    .append(" a reçu une délégation. ");
        }
        for (int i = people - 1; i >= 0; i--) {
            text.append("Plus tard, Arnur ").append(surname(i)).append(" a rappelé la position de son pays. ");
            text.append("M. ").append(surname(i)).append(" a conclu. ");
        }
        List<ActorMention> mentions = LINKER.link(new SentenceSplitter(new Tokenizer()).split(text.toString()),
                LocalDate.of(2031, 5, 4));
        List<String> later = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() >= people && m.actor() != null && m.actor().id().startsWith("learned:")) {
                later.add(m.surface() + " " + m.kind() + " " + m.actor().name() + " " + m.country() + " " + m.role());
            }
        }
        for (int i = people - 1; i >= 0; i--) {
            String name = "Arnur " + surname(i);
            expected.add(name + " PERSON_NAME " + name + " KAZ FOREIGN_MINISTER");
            expected.add("M. " + surname(i) + " PERSON_PARTIAL " + name + " KAZ FOREIGN_MINISTER");
        }
        assertEquals(expected, later);
    }
}
