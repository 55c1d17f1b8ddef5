package org.entente.events;

import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Happened, planned and announced are told apart; negated events are not emitted. Sentences written for this test. */
class AnnouncedStatusTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(false);
    }

    private static List<Event> events(String text) {
        return pipeline.process(new Article("t", "t", null, null, null, List.of("2024-05-06"), text)).events();
    }

    private static String statusOf(EventType type, String text) {
        return events(text).stream().filter(e -> e.type() == type).map(Event::status).findFirst().orElse("none");
    }

    @Test
    void aVisitAnnouncedByAPartyIsAnnounced() {
        assertEquals(Event.ANNOUNCED, statusOf(EventType.VISIT,
                "Le ministère chinois des Affaires étrangères a annoncé lundi la visite d'État du président kazakh "
                        + "Kassym-Jomart Tokaïev en Chine."));
    }

    @Test
    void aVisitInTheFutureIsPlannedAndOneInThePastHappened() {
        assertEquals(Event.PLANNED, statusOf(EventType.VISIT,
                "Le président kazakh Kassym-Jomart Tokaïev se rendra en Chine la semaine prochaine."));
        assertEquals(Event.HAPPENED, statusOf(EventType.VISIT,
                "Le président kazakh Kassym-Jomart Tokaïev s'est rendu en Chine lundi pour une visite d'État."));
    }

    @Test
    void aNegatedMeetingIsNotAnEvent() {
        assertTrue(events("Le président kazakh Kassym-Jomart Tokaïev n'a pas rencontré le président chinois Xi Jinping lundi.")
                .stream().noneMatch(e -> e.type() == EventType.MEET));
    }
}
