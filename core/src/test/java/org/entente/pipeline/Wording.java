package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One sentence written for a test, run as an article published on 2025-03-14 through a pipeline
 * (with or without the parser), and what it must make: the wording tests' shared assertions.
 */
final class Wording {
    private final Pipeline pipeline;

    Wording(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The events of {@code type} that took place, as the text tells them. */
    List<Event> happened(String text, EventType type) {
        Article a = new Article("t", "t", null, null, null, List.of("2025-03-14"), text);
        return new Runner(pipeline, 1).runArticles(List.of(a)).events().stream()
                .filter(e -> e.type() == type && e.happened()).toList();
    }

    /** Exactly one such event, between (at least) these states. */
    void one(String text, EventType type, String... countries) {
        List<Event> found = happened(text, type);
        assertEquals(1, found.size(), text + " -> " + found);
        assertTrue(found.get(0).countries().containsAll(List.of(countries)), found.toString());
    }

    /** No such event. */
    void none(String text, EventType type) {
        List<Event> found = happened(text, type);
        assertTrue(found.isEmpty(), text + " -> " + found);
    }
}
