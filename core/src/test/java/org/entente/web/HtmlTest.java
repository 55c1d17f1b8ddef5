package org.entente.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTest {
    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;Élysée",
                Html.text("<script>alert(\"x\")</script> & l'Élysée"));
        assertEquals("", Html.text(null));
    }

    @Test
    void leavesPlainTextAlone() {
        String plain = "Le président a rencontré son homologue.";
        assertSame(plain, Html.text(plain));
    }

    @Test
    void pathSegmentsKeepIdsWhole() {
        assertEquals("2023-04-06-a%231-meet-105", Html.path("2023-04-06-a#1-meet-105"));
        assertEquals("a%2Fb%3Fc%22%3E%3C", Html.path("a/b?c\"><"));
        assertEquals("%C3%A9t%C3%A9", Html.path("été"));
    }

    @Test
    void highlightsSentenceAndTriggerAndEscapesAround() {
        String text = "Avant <b>. Ils se sont rencontrés à Paris. Après.";
        int s = text.indexOf("Ils");
        int e = text.indexOf(" Après");
        int ts = text.indexOf("rencontrés");
        String html = Highlighter.html(text, List.of(new Highlighter.Mark(s, e, ts, ts + "rencontrés".length())), "ev");
        assertEquals("Avant &lt;b&gt;. <mark id=\"ev\">Ils se sont </mark><mark><strong>rencontrés</strong></mark><mark> à Paris.</mark> Après.", html);
    }

    @Test
    void clampsOffsetsFromAnotherVersionOfTheText() {
        String html = Highlighter.html("court", List.of(new Highlighter.Mark(2, 500, 400, 450)), null);
        assertEquals("co<mark>urt</mark>", html);
        assertFalse(Highlighter.html("<x>", List.of(new Highlighter.Mark(-5, 2, 0, 0)), null).contains("<x"));
    }

    @Test
    void aStatementCutInsideABracketLosesTheBracket() {
        assertEquals("ouverture d'une branche de l'université de Pékin…", Pages.what("ouverture d'une branche de l'université de Pékin ("));
        assertEquals("Initiative pour le développement mondial (IDM)", Pages.what("Initiative pour le développement mondial (IDM)"));
    }
}
