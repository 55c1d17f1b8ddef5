package org.entente.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void splitsElisionsAndHyphensButKeepsDatesWhole() {
        assertEquals(List.of("L'", "accord", "sino", "-", "russe", "a", "-", "t", "-", "il", "été", "signé", "le",
                "08.06.2022", "à", "08h10", "?"), words("L'accord sino-russe a-t-il été signé le 08.06.2022 à 08h10 ?"));
        assertEquals(List.of("le", "1er", "mai"), words("le 1er mai"));
        assertEquals(List.of("aujourd'hui"), words("aujourd'hui"));
        assertEquals(List.of("l’", "Élysée"), words("l’Élysée"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  M. Şahin s’est rendu à Ankara.";
        for (Token t : tokenizer.tokenize(text, 0, text.length())) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void normalisedFormsFoldCaseAccentsAndApostrophes() {
        Token t = tokenizer.tokenize("Tokaïev", 0, 7).get(0);
        assertEquals("tokaiev", t.norm());
        assertEquals("s'", tokenizer.tokenize("s’est", 0, 5).get(0).norm());
        assertEquals("oeuvre", Normalizer.fold("Œuvre"));
        assertTrue(t.isCapitalised());
    }
}
