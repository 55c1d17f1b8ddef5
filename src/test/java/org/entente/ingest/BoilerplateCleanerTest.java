package org.entente.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.load();

    @Test
    void pageFurnitureGoesDatelinesBecomeHintsBodyStaysVerbatim() {
        String page = String.join("\n",
                "Accueil > International",
                ".",
                "Agence Exemple | 14.03.2023 09h15",
                "Le ministre s'est rendu lundi à Dakar.  ",
                "Partagez cet article",
                "Crédit photo : Exemple",
                "Il y a rencontré « ses homologues » de la région.",
                "Total Score 0%",
                "Note : 4,5/5 (12 votes)",
                "",
                "",
                "Laisser un commentaire",
                "Votre nom",
                "Un commentaire de lecteur.");
        BoilerplateCleaner.Cleaned c = cleaner.clean(page);
        assertEquals("Le ministre s'est rendu lundi à Dakar.\nIl y a rencontré « ses homologues » de la région.", c.text());
        assertEquals(List.of("Agence Exemple | 14.03.2023 09h15"), c.dateHints());
        assertEquals("Agence Exemple", c.source());
    }

    @Test
    void aBodySentenceAboutCommentsEarlyInTheTextDoesNotTruncateIt() {
        String text = "Commentaires\nLe porte-parole a refusé tout commentaire.\nLa suite de l'article.\nEncore une phrase.";
        assertEquals(4, cleaner.clean(text).text().lines().count());
    }
}
