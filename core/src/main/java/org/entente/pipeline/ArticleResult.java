package org.entente.pipeline;

import org.entente.events.ArticleFacts;
import org.entente.events.Event;

import java.util.List;

/**
 * One article after the whole per-article pipeline.
 *
 * @param facts           what the stages found
 * @param events          its events, reports within the article already merged
 * @param sentencesParsed how many sentences went through the parser (the rest cost only the first pass)
 */
public record ArticleResult(ArticleFacts facts, List<Event> events, int sentencesParsed) {
    public ArticleResult {
        events = List.copyOf(events);
    }

    public int sentences() {
        return facts.sentences().size();
    }
}
