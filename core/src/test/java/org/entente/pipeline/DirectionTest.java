package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.events.Party;
import org.entente.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who acts on whom (see direction-cues.tsv), on sentences written for this test (no CoreNLP). */
class DirectionTest {
    private static final Pipeline PIPELINE = Pipeline.create(false);

    private static Event first(String text, EventType type) {
        Article a = new Article("d", "d", null, null, null, List.of("2025-03-14"), text);
        return new Runner(PIPELINE, 1).runArticles(List.of(a)).events().stream().filter(e -> e.type() == type)
                .findFirst().orElseThrow(() -> new AssertionError(type + " not found in: " + text));
    }

    private static String country(Party p) {
        assertNotNull(p);
        return p.country();
    }

    @Test
    void theVisitorVisitsTheHost() {
        Event e = first("Le président chilien s'est rendu mardi en Norvège pour une visite officielle.", EventType.VISIT);
        assertEquals("CHL", country(e.source()));
        assertEquals("NOR", country(e.target()));
    }

    @Test
    void theSupporterSupportsTheSupported() {
        Event e = first("La France réaffirme son soutien à la candidature du Brésil à un siège permanent.", EventType.SUPPORT);
        assertEquals("FRA", country(e.source()));
        assertEquals("BRA", country(e.target()));
    }

    @Test
    void aHostReceivingAGuestIsTheTarget() {
        Event active = first("Le roi du Maroc a reçu lundi à Rabat le président sénégalais.", EventType.MEET);
        assertEquals("SEN", country(active.source()));
        assertEquals("MAR", country(active.target()));
        Event passive = first("Le président sénégalais a été reçu lundi à Rabat par le roi du Maroc.", EventType.MEET);
        assertEquals("SEN", country(passive.source()));
        assertEquals("MAR", country(passive.target()));
    }

    @Test
    void oneSideCommitsBothSidesSignWithoutDirection() {
        Event commit = first("Le Chili ouvrira un consulat à Oslo, a annoncé mardi le gouvernement norvégien.", EventType.COMMIT);
        assertEquals("CHL", country(commit.source()));
        Event sign = first("Le Chili et la Norvège ont signé mardi un accord sur la pêche.", EventType.SIGN);
        assertNull(sign.source());
    }
}
