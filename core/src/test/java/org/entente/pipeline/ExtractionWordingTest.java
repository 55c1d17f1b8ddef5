package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes of French diplomatic wording, on sentences written for this test (no CoreNLP). */
class ExtractionWordingTest {
    private static final Pipeline PIPELINE = Pipeline.create(false);

    private static List<Event> events(String text) {
        Article a = new Article("t", "t", null, null, null, List.of("2025-03-14"), text);
        return new Runner(PIPELINE, 1).runArticles(List.of(a)).events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void theYearAfterDepuisIsNotTheVisitsDate() {
        List<Event> visits = ofType(events(
                "Le président chilien est arrivé lundi à Lima pour sa première visite au Pérou depuis 2015."), EventType.VISIT);
        assertEquals(1, visits.size(), visits.toString());
        assertEquals("2025-03-10", visits.get(0).date());
    }

    @Test
    void aDeadlineOrAnEarlierAgreementDoesNotDateACommitment() {
        List<Event> commits = ofType(events("La Norvège et le Chili se sont engagés à doubler leurs échanges commerciaux "
                + "d'ici cinq ans. Les deux pays s'engagent aussi à mettre en œuvre l'accord de pêche conclu en 2010."),
                EventType.COMMIT);
        assertFalse(commits.isEmpty());
        for (Event e : commits) {
            assertTrue(e.date() == null || !(e.date().startsWith("2030") || e.date().startsWith("2010")), e.toString());
        }
    }

    @Test
    void relationsRestoredByAVerbAreNewsEvenUndated() {
        List<Event> relations = ofType(events(
                "Le Chili et la Norvège ont convenu de rétablir leurs relations diplomatiques."), EventType.RELATION);
        assertEquals(1, relations.size(), relations.toString());
        assertEquals("2025-03-14", relations.get(0).date());
    }

    @Test
    void anUndatedMentionOfRelationsIsBackground() {
        assertTrue(ofType(events("L'établissement des relations diplomatiques entre le Chili et la Norvège a ouvert "
                + "la voie au commerce."), EventType.RELATION).isEmpty());
    }

    @Test
    void aPartnershipAgreementIsASigningNotARelationLevel() {
        List<Event> events = events("Le Ghana et le Maroc ont signé jeudi un accord de partenariat économique global.");
        assertEquals(1, ofType(events, EventType.SIGN).size(), events.toString());
        assertTrue(ofType(events, EventType.RELATION).isEmpty(), events.toString());
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitIsOneBilateralMeeting() {
        List<Event> meets = ofType(events("Le président brésilien et le Premier ministre indien se sont rencontrés jeudi "
                + "en marge du sommet du G20 à Rome."), EventType.MEET);
        assertEquals(1, meets.size(), meets.toString());
        assertNotEquals(true, meets.get(0).key() != null && meets.get(0).key().startsWith("forum:"), meets.toString());
    }

    @Test
    void liftingHealthRestrictionsIsNotACommitmentBetweenStates() {
        assertTrue(ofType(events("La Norvège et le Chili ont annoncé mardi la levée des restrictions sanitaires "
                + "liées au coronavirus."), EventType.COMMIT).isEmpty());
        assertEquals(1, ofType(events("Le Japon a annoncé mardi la levée de ses restrictions sur les exportations "
                + "vers le Chili."), EventType.COMMIT).size());
    }

    @Test
    void supportForAPermanentSeat() {
        assertEquals(1, ofType(events("La France réaffirme son soutien à un siège permanent pour le Brésil au Conseil "
                + "de sécurité."), EventType.SUPPORT).size());
    }
}
