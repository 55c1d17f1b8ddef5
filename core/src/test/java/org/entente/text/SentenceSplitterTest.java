package org.entente.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void newlinesAlwaysEndSentencesSoHeadlinesStayApart() {
        assertEquals(List.of("Le Brésil et l'Argentine signent un accord", "Les deux pays ont signé mardi un accord."),
                sentences("Le Brésil et l'Argentine signent un accord\nLes deux pays ont signé mardi un accord."));
    }

    @Test
    void sentencesGluedByScrapingAreSplitAfterQuotesParenthesesAndDashes() {
        assertEquals(List.of("Il l'a dit aux agences russes.\"", "Rien ne l'empêchait, a-t-il ajouté."),
                sentences("Il l'a dit aux agences russes.\"Rien ne l'empêchait, a-t-il ajouté."));
        assertEquals(List.of("C'est une \"victoire\".", "Ironie du sort, le vote a eu lieu."),
                sentences("C'est une \"victoire\".Ironie du sort, le vote a eu lieu."));
        assertEquals(List.of("Après la Jordanie (1994).", "L'Iran proteste."),
                sentences("Après la Jordanie (1994).L'Iran proteste."));
        assertEquals(List.of("\"Bravo!\".", "Une telle visite serait utile."),
                sentences("\"Bravo!\".Une telle visite serait utile."));
        assertEquals(List.of("Le sommet a eu lieu en août 2019.", "- Avec ou sans public -"),
                sentences("Le sommet a eu lieu en août 2019.- Avec ou sans public -"));
        assertEquals(List.of("Il vit à Washington D.C. depuis 2001."), sentences("Il vit à Washington D.C. depuis 2001."));
        assertEquals(List.of("M.Dupont est arrivé."), sentences("M.Dupont est arrivé."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("M. Lula a rencontré Mme Meloni à Rome.", "J. Biden était absent."),
                sentences("M. Lula a rencontré Mme Meloni à Rome. J. Biden était absent."));
    }

    @Test
    void sentenceSpansAndTokenOffsetsPointIntoTheText() {
        String text = "Titre\n\n« Nous sommes prêts », a dit le ministre. Il partira demain ! Qui sait ?";
        List<Sentence> s = splitter.split(text);
        assertEquals(4, s.size());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
            assertEquals(x.tokens().get(0).text(), text.substring(x.tokens().get(0).start(), x.tokens().get(0).end()));
        }
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentence::index).toList());
    }

    @Test
    void theTokensOfATextShareOneCopyOfEachWord() {
        // Two fresh strings per token were half of what a long article's tokens kept alive.
        List<Sentence> s = splitter.split("Le Sénat a voté.\nLe Sénat a voté hier.");
        for (int i = 0; i < 4; i++) {
            Token a = s.get(0).tokens().get(i);
            Token b = s.get(1).tokens().get(i);
            assertSame(a.text(), b.text());
            assertSame(a.norm(), b.norm());
            assertEquals(a.text().length(), b.end() - b.start());
        }
        assertEquals("senat", s.get(1).tokens().get(1).norm());
        // A word already in folded form is its own norm.
        assertSame(s.get(0).tokens().get(2).text(), s.get(0).tokens().get(2).norm());
    }
}
