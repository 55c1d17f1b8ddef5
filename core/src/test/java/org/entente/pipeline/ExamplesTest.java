package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.events.Participant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline end to end on the articles shipped in examples/ (written by the team). */
class ExamplesTest {
    private static List<Event> events;

    @BeforeAll
    static void extract() {
        List<Object> problems = new ArrayList<>();
        events = new Runner(Pipeline.create(false), 2).run(List.of(org.entente.pipeline.SharedCorpus.examples()), problems::add, null).events();
        assertEquals(List.of(), problems);
    }

    private static Event find(EventType type, String doc) {
        return events.stream().filter(e -> e.type() == type && e.mentions().get(0).doc().equals(doc)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + doc + ": " + events));
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(Participant::name).toList();
    }

    @Test
    void aMeetingInPersonWithItsDatePlaceAndPeople() {
        Event meet = find(EventType.MEET, "2023-04-06-macron-pekin");
        assertEquals("2023-04-06", meet.date());
        assertEquals("Beijing", meet.place());
        assertTrue(meet.countries().containsAll(List.of("CHN", "FRA")));
        assertTrue(names(meet).containsAll(List.of("Emmanuel Macron", "Xi Jinping")), names(meet).toString());
        assertTrue(meet.mentions().size() >= 2, "later sentences about the same talks are merged into it");
    }

    @Test
    void aVideoCallIsACallNotAMeeting() {
        Event call = find(EventType.CALL, "2021-11-16-biden-xi");
        assertEquals("2021-11-15", call.date(), "'lundi soir' in an article of Tuesday 16 November");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEET && e.mentions().get(0).doc().equals("2021-11-16-biden-xi")));
    }

    @Test
    void aVisitNamesTheVisitorNotTheHost() {
        Event visit = find(EventType.VISIT, "2023-06-22-modi-washington");
        assertEquals(List.of("Narendra Modi"), names(visit));
        assertEquals("2023-06-22", visit.date());
    }

    @Test
    void statementsCarryTheirSentence() {
        assertTrue(find(EventType.COMMIT, "2023-06-22-modi-washington").what().contains("consulats"));
        assertTrue(find(EventType.SUPPORT, "2023-06-22-modi-washington").countries().containsAll(List.of("IND", "USA")));
        Event relation = find(EventType.RELATION, "2023-03-10-riyad-teheran");
        assertEquals("2023-03-10", relation.date(), "the day relations were restored, not the year they were cut");
        assertTrue(relation.countries().containsAll(List.of("IRN", "SAU")));
    }

    @Test
    void plansAreKeptApartFromHappenings() {
        List<Event> plans = events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("doit se rendre"))).toList();
        assertTrue(!plans.isEmpty(), "the trip to come is reported");
        assertTrue(plans.stream().allMatch(e -> Event.PLANNED.equals(e.status())), "but as a plan, not a visit that happened: " + plans);
        assertTrue(plans.stream().allMatch(e -> "2023-04-07".equals(e.date())),
                "'vendredi' in a future clause of a dispatch dated 'PÉKIN, 6 avril 2023' is the next Friday: " + plans);
    }
}
