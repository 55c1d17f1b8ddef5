package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.ingest.Article;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
    private static final PublicationDateFinder FINDER = new PublicationDateFinder();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());
    private static final String PLAIN = "Les deux ministres ont discuté de la coopération régionale.";

    private static Optional<PublicationDate> find(List<String> hints, String url, String text) {
        Article a = new Article("t", "test", url, null, null, hints, text);
        return FINDER.find(a, SPLITTER.split(text));
    }

    private static void assertDate(Optional<PublicationDate> d, String value, Granularity g, String anchor, String provenance) {
        assertTrue(d.isPresent(), "no date found");
        assertEquals(new PublicationDate(value, LocalDate.parse(anchor), g, provenance), d.get());
    }

    @Test
    void isoMetadata() {
        assertDate(find(List.of("2024-05-06T10:00:00Z"), null, PLAIN), "2024-05-06", Granularity.DAY, "2024-05-06", "metadata");
        assertDate(find(List.of("2023-11-19"), null, PLAIN), "2023-11-19", Granularity.DAY, "2023-11-19", "metadata");
    }

    @Test
    void datelineWinsOverEarlierHintWithoutYear() {
        assertDate(find(List.of("Mis à jour à 09h15 le 14/03", "Agence Nord | 14.03.2023 09h02"), null, PLAIN),
                "2023-03-14", Granularity.DAY, "2023-03-14", "dateline");
    }

    @Test
    void dayMonthHintTakesYearFromAnotherHint() {
        assertDate(find(List.of("Mis à jour le 14/03", "© 2023 Agence Nord"), null, PLAIN),
                "2023-03-14", Granularity.DAY, "2023-03-14", "dateline");
    }

    @Test
    void agencyDatelineTakesYearFromUrl() {
        assertDate(find(List.of("BERLIN, 5 mai (AFP) –"), "https://exemple.org/monde/2024/visite-officielle", PLAIN),
                "2024-05-05", Granularity.DAY, "2024-05-05", "dateline");
    }

    @Test
    void agencyDatelineWithoutAnyYearStaysUnresolved() {
        assertTrue(find(List.of("BERLIN, 5 mai (AFP) –"), null, PLAIN).isEmpty());
    }

    @Test
    void publishedLineWithMonthName() {
        assertDate(find(List.of("Publié le 5 mai 2024 à 18h30"), null, PLAIN), "2024-05-05", Granularity.DAY, "2024-05-05", "dateline");
        assertDate(find(List.of("Publié le 1er février 2021"), null, PLAIN), "2021-02-01", Granularity.DAY, "2021-02-01", "dateline");
    }

    @Test
    void urlPaths() {
        assertDate(find(List.of(), "https://exemple.org/2024/05/06/sommet.html", PLAIN), "2024-05-06", Granularity.DAY, "2024-05-06", "url");
        assertDate(find(List.of(), "https://exemple.org/monde/20241119/sommet", PLAIN), "2024-11-19", Granularity.DAY, "2024-11-19", "url");
        assertDate(find(List.of(), "https://exemple.org/2024-05-06/sommet", PLAIN), "2024-05-06", Granularity.DAY, "2024-05-06", "url");
        assertDate(find(List.of(), "https://exemple.org/2024/02/sommet", PLAIN), "2024-02", Granularity.MONTH, "2024-02-29", "url");
        assertTrue(find(List.of(), "https://exemple.org/article/123456", PLAIN).isEmpty());
    }

    @Test
    void datelineLeftInTheBody() {
        String text = "Mis à jour à 09h15 le 14/03\nAccueil > Monde\nDeux voisins se parlent\nAgence Nord | 14.03.2023 09h02\n" + PLAIN;
        assertDate(find(List.of(), null, text), "2023-03-14", Granularity.DAY, "2023-03-14", "dateline");
        String noYear = "Mis à jour à 09h15 le 14/03\n" + PLAIN;
        assertTrue(find(List.of(), null, noYear).isEmpty());
    }

    @Test
    void openingSentenceDay() {
        String text = "Le 1er décembre 2024, le ministre a reçu son homologue à Rome.\nLes deux hommes ont parlé commerce.";
        assertDate(find(List.of(), null, text), "2024-12-01", Granularity.DAY, "2024-12-01", "text");
    }

    @Test
    void openingSentenceMonthAfterHeadline() {
        String text = "Deux voisins et partenaires\nDébut juillet 2024, le président s'est rendu en Mongolie.";
        assertDate(find(List.of(), null, text), "2024-07", Granularity.MONTH, "2024-07-31", "text");
    }

    @Test
    void dateInsideTheSentenceIsNotAPublicationDate() {
        String text = "Le ministre a rappelé que le traité a été signé le 1er décembre 2004.\nIl a salué ce texte.";
        assertTrue(find(List.of(), null, text).isEmpty());
        assertTrue(find(List.of(), null, "En 1992, les deux pays ont établi des relations.").isEmpty());
    }

    @Test
    void hintsBeatUrlWhichBeatsText() {
        String text = "Le 1er décembre 2024, le ministre a reçu son homologue.";
        assertEquals("metadata", find(List.of("2024-12-02"), "https://exemple.org/2024/12/03/x", text).orElseThrow().provenance());
        assertEquals("2024-12-03", find(List.of(), "https://exemple.org/2024/12/03/x", text).orElseThrow().value());
    }
}
