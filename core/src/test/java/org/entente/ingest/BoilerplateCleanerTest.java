package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.defaults();

    private static final String BODY1 = "Les ministres des deux pays se sont réunis lundi à Genève pour discuter "
            + "de la coopération portuaire et des échanges universitaires.";
    private static final String BODY2 = "Ils ont convenu de se revoir au printemps prochain, selon un communiqué "
            + "publié à l'issue des entretiens.";

    @Test
    void dropsNavigationShareRatingAndCreditLines() {
        String raw = String.join("\n",
                "Accueil > International > Europe",
                ".",
                "•",
                "Partagez cet article",
                "Share Button",
                "Photo credit: Studio Lumière",
                "Crédit photo : Jean Martin",
                "photo illustrative – Agence Photo Libre.",
                BODY1,
                "Lire aussi : Un autre sujet sans rapport",
                "(Rédacteurs : Paul Durand, Marie Leroy)",
                "Tags: diplomatie, Europe",
                "  • Total Score 0%",
                "User rating: 0.00% ( 0",
                "votes )",
                "Nous utilisons des cookies pour améliorer votre navigation. En continuant, vous acceptez.",
                "  • Votre pseudo",
                BODY2);
        Cleaned c = cleaner.clean(raw);
        assertEquals(BODY1 + "\n" + BODY2, c.text());
        assertTrue(c.dateHints().isEmpty());
        assertNull(c.source());
    }

    @Test
    void cutRemovesCommentSectionAtTheEnd() {
        String raw = String.join("\n", BODY1, BODY2, "", "Laisser un commentaire",
                "Un lecteur écrit ici une longue réaction qui ne fait pas partie de l'article.",
                "Votre adresse e-mail ne sera pas publiée.");
        assertEquals(BODY1 + "\n" + BODY2, cleaner.clean(raw).text());
    }

    @Test
    void cutNearTheTopOnlyDropsTheLine() {
        String raw = String.join("\n", "Commentaires", BODY1, BODY2);
        assertEquals(BODY1 + "\n" + BODY2, cleaner.clean(raw).text());
    }

    @Test
    void bodySentenceMentioningCommentsIsKept() {
        String sentence = "Le porte-parole a refusé de laisser un commentaire sur les négociations en cours.";
        String raw = String.join("\n", BODY1, BODY2, sentence);
        assertEquals(raw, cleaner.clean(raw).text());
    }

    @Test
    void relatedArticlesBoxIsCutInTheTail() {
        String raw = String.join("\n", BODY1, BODY2, "Articles similaires", "Titre d'une autre dépêche");
        assertEquals(BODY1 + "\n" + BODY2, cleaner.clean(raw).text());
    }

    @Test
    void datelineWithAgencyGivesHintAndSource() {
        String raw = String.join("\n", "Dernière mise à jour à 09h15 le 12/03", "", "Titre de la dépêche", "",
                "Reuters | 12.03.2021 08h40", "", BODY1);
        Cleaned c = cleaner.clean(raw);
        assertEquals("Titre de la dépêche\n\n" + BODY1, c.text());
        assertEquals(List.of("Dernière mise à jour à 09h15 le 12/03", "Reuters | 12.03.2021 08h40"), c.dateHints());
        assertEquals("Reuters", c.source());
    }

    @Test
    void publicationStampsAndBylinesAreDatelines() {
        String raw = String.join("\n", "Publié le 5 mai 2024 à 10h00", "Mis à jour le 6 mai 2024",
                "Par Jeanne Dupont (AFP)", BODY1);
        Cleaned c = cleaner.clean(raw);
        assertEquals(BODY1, c.text());
        assertEquals(List.of("Publié le 5 mai 2024 à 10h00", "Mis à jour le 6 mai 2024"), c.dateHints());
        assertEquals("AFP", c.source());
    }

    @Test
    void englishDatelineAndAgencyLine() {
        String raw = String.join("\n", "Updated March 3, 2023", "(Reuters)", BODY1);
        Cleaned c = cleaner.clean(raw);
        assertEquals(BODY1, c.text());
        assertEquals(List.of("Updated March 3, 2023"), c.dateHints());
        assertEquals("Reuters", c.source());
    }

    @Test
    void bodySentenceStartingWithPublishedIsKept() {
        String s = "Publié en 2020, le rapport recommandait déjà une coopération renforcée.";
        assertEquals(s, cleaner.clean(s).text());
        String byWay = "Par ailleurs, les deux délégations ont visité un port";
        assertEquals(byWay, cleaner.clean(byWay).text());
    }

    @Test
    void leadInDatelineIsCapturedButKept() {
        String lead = "OSLO, 14 février (AFP) - Le ministre a reçu son homologue pour des entretiens.";
        Cleaned c = cleaner.clean(lead);
        assertEquals(lead, c.text());
        assertEquals(List.of("14 février"), c.dateHints());
        assertEquals("AFP", c.source());
    }

    @Test
    void normalisesLinesButKeepsCharacters() {
        String raw = "\r\n  Première ligne,  avec  des  espaces\u00a0internes.   \r\n\r\n\r\n\r\nSeconde ligne.\t \r\n\n";
        assertEquals("Première ligne,  avec  des  espaces\u00a0internes.\n\nSeconde ligne.", cleaner.clean(raw).text());
    }

    @Test
    void shortBodyLinesAndSubheadingsSurvive() {
        List<String> lines = List.of("Une coopération renforcée", "Réactions", "Contexte", "Vote historique au Parlement",
                "Accueil chaleureux dans la capitale", "Partager l'expérience du développement",
                "Share the burden of defence", "Sources diplomatiques", "Par visioconférence",
                "Message du président", "Édition du soir", "Journaliste blessé dans le nord",
                "Les enjeux : énergie et transport", "2024");
        String raw = String.join("\n", lines);
        assertEquals(raw, cleaner.clean(raw).text());
    }

    @Test
    void agencyAttributionLine() {
        Cleaned c = cleaner.clean(BODY1 + "\nAvec l'AFP");
        assertEquals(BODY1, c.text());
        assertEquals("AFP", c.source());
    }

    @Test
    void headlineWithGuillemetsIsNotABreadcrumb() {
        String s = "Une alliance contre les « menaces communes » à la frontière";
        assertEquals(s, cleaner.clean(s).text());
    }

    @Test
    void customRulesAndMacros() {
        List<CleaningRule> rules = BoilerplateCleaner.parseRules(new StringReader(
                "# test rules\nDEFINE WORD (?:bruit|vacarme)\nDROP {WORD}\nDATELINE (?<source>Agence \\p{Lu}\\w+) \\d{4}\n"),
                List.of());
        BoilerplateCleaner custom = new BoilerplateCleaner(rules, List.of(), 0.5);
        Cleaned c = custom.clean("Bruit\nAgence Zeta 2019\nTexte utile.");
        assertEquals("Texte utile.", c.text());
        assertEquals(List.of("Agence Zeta 2019"), c.dateHints());
        assertEquals("Agence Zeta", c.source());
        assertThrows(IllegalArgumentException.class,
                () -> BoilerplateCleaner.parseRules(new StringReader("DROP {NOPE}\n"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> BoilerplateCleaner.parseRules(new StringReader("REMOVE x\n"), List.of()));
    }

    /** Every rule group of the bundled file is introduced by a comment saying why it exists. */
    @Test
    void bundledRulesAllCarryAComment() throws Exception {
        assertFalse(cleaner.rules().isEmpty());
        try (var in = BoilerplateCleaner.class.getResourceAsStream("boilerplate.rules")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("^(DROP|CUT|DATELINE|LEAD|DEFINE)\\s.*")) {
                    int j = i - 1;
                    while (j >= 0 && lines.get(j).matches("^(DROP|CUT|DATELINE|LEAD|DEFINE)\\s.*")) {
                        j--;
                    }
                    assertTrue(j >= 0 && lines.get(j).startsWith("#"), "rule without comment at line " + (i + 1));
                }
            }
        }
    }
}
