package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wordings whose reading depends on the dependency parse (the governing verb, the trigger's
 * clause), one sentence each, written for this test and run through the full pipeline.
 */
class ParsedWordingTest {
    private static final Wording WORDING = new Wording(TestPipelines.full());

    private static List<Event> happened(String text, EventType type) {
        return WORDING.happened(text, type);
    }

    @Test
    void aTreatyConcludedIsDoneWhateverTheSentencesMainVerb() {
        List<Event> signed = happened("Le Chili deviendrait ainsi le troisième pays à lier ses ports à l'Argentine, après "
                + "les traités de paix conclus avec le Pérou (1998) et la Bolivie (2004).", EventType.SIGN);
        assertEquals(2, signed.size(), signed.toString());
        assertTrue(signed.stream().anyMatch(e -> "1998".equals(e.date()) && e.countries().contains("PER")), signed.toString());
    }

    @Test
    void theYearsOfALaterSigningDoNotDateARelation() {
        List<Event> relations = happened("Cet accord fera du Chili le deuxième pays à établir des relations diplomatiques "
                + "avec l'Argentine, après les traités de paix conclus avec le Pérou (1998) et la Bolivie (2004).",
                EventType.RELATION);
        assertTrue(relations.stream().noneMatch(e -> e.date() != null && e.date().startsWith("199")
                || e.date() != null && e.date().startsWith("200")), relations.toString());
    }

    @Test
    void anInfinitiveHasTheTenseOfWhatGovernsIt() {
        List<Event> visits = happened("Le président chilien sera jeudi le premier chef d'Etat étranger à se rendre à Lima "
                + "depuis le séisme.", EventType.VISIT);
        assertTrue(visits.isEmpty(), visits.toString());
    }

    @Test
    void anAnaphorInsideTheSentenceIsTheOfficialNamedBeforeIt() {
        List<Event> meetings = happened("D'après l'agenda du président chilien Gabriel Boric, ce dernier n'a eu, pendant ses "
                + "congés, qu'un seul entretien, avec la présidente péruvienne, le 3 février dernier.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertTrue(meetings.get(0).countries().containsAll(List.of("CHL", "PER")), meetings.toString());
    }

    @Test
    void aPresentTenseWithTheNextDayIsAPlan() {
        // Published on Friday 14 March 2025: "samedi" in the present tense is the next day.
        List<Event> visits = happened("Le ministre chilien des Affaires étrangères repart en tournée, en s'envolant samedi "
                + "pour Lima.", EventType.VISIT);
        assertTrue(visits.isEmpty(), visits.toString());
    }

    @Test
    void aPronounOutsideTheTriggersClauseIsNotWhoActs() {
        List<Event> signed = happened("Le président chilien a reçu jeudi son homologue péruvien. Conquise en 2010 par des "
                + "rebelles, elle est aujourd'hui tenue par des séparatistes qui ont signé un accord de paix à Lima en 2015.",
                EventType.SIGN);
        assertTrue(signed.isEmpty(), signed.toString());
    }

    @Test
    void aWishOrAnAvoidanceFarUpTheInfinitivesTellsNoVisit() {
        List<Event> visits = happened("Selon la presse espagnole, le président chilien veut donc éviter de rencontrer "
                + "le roi et la reine d'Espagne pendant sa longue visite officielle en Espagne.", EventType.VISIT);
        assertTrue(visits.isEmpty(), visits.toString());
        List<Event> met = happened("Le président chilien a choisi de rencontrer le roi d'Espagne à Madrid lors de sa visite.",
                EventType.MEET);
        assertEquals(1, met.size(), met.toString());
    }

    @Test
    void aCallBeyondTheWordWindowIsReadFromItsClause() {
        WORDING.one("Le président chilien Gabriel Boric a reçu son homologue péruvien. Le chef de l'État a "
                + "dit avoir défendu \"la même ligne ferme\" lors d'un entretien téléphonique mardi soir avec le "
                + "président argentin.", EventType.CALL, "CHL", "ARG");
    }

    @Test
    void aRelativeClauseWithItsOwnSubjectDoesNotTakeTheOuterOne() {
        List<Event> met = happened("La commémoration de la guerre contre le Pérou avait commencé à Santiago, avec une visite "
                + "au musée, où le président chilien s'est entretenu avec Pedro González, un ancien combattant.", EventType.MEET);
        assertTrue(met.isEmpty(), met.toString());
    }
}
