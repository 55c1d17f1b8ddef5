package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates that come from the story and from other articles rather than from the sentence alone. */
class StoryDatingTest {
    private static final Pipeline PIPELINE = Pipeline.create(false);

    private static Article article(String id, String published, String text) {
        return new Article(id, id, null, null, null, published == null ? List.of() : List.of(published), text);
    }

    private static Event find(List<Event> events, EventType type, String place) {
        return events.stream().filter(e -> e.type() == type && place.equals(e.place())).findFirst()
                .orElseThrow(() -> new AssertionError(type + " at " + place + " not in " + events));
    }

    @Test
    void theNextDayCountsFromThePreviousHappening() {
        List<Event> events = new Runner(PIPELINE, 1).runArticles(List.of(article("a", "2025-03-14",
                "Le président argentin a rencontré mardi à Madrid le chef du gouvernement espagnol.\n"
                        + "Le lendemain, il s'est rendu à Lisbonne pour une visite officielle au Portugal."))).events();
        assertEquals("2025-03-11", find(events, EventType.MEET, "Madrid").date());
        assertEquals("2025-03-12", find(events, EventType.VISIT, "Lisbon").date());
    }

    @Test
    void anUndatedArticleTakesItsAnchorFromAnotherReportOfTheSameEvent() {
        List<Event> events = new Runner(PIPELINE, 1).runArticles(List.of(
                article("dated", "2025-03-14", "Le président argentin a rencontré mardi à Madrid le chef du gouvernement espagnol."),
                article("undated", null, "Le président argentin a rencontré à Madrid le chef du gouvernement espagnol.\n"
                        + "Les deux dirigeants s'étaient déjà rencontrés l'an dernier à Buenos Aires."))).events();
        Event madrid = find(events, EventType.MEET, "Madrid");
        assertEquals(2, madrid.mentions().size(), "both reports of the Madrid meeting are one event");
        Event earlier = find(events, EventType.MEET, "Buenos Aires");
        assertEquals("2024", earlier.date(), "'l'an dernier' resolved against the month the other article gives");
        assertEquals("inferred", earlier.dateSource());
    }
}
