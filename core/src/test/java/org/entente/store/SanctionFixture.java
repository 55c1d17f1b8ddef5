package org.entente.store;

import org.entente.actors.ActorBase;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.EventType;
import org.entente.events.Party;
import org.entente.events.SanctionKinds;
import org.entente.ingest.Article;
import org.entente.pipeline.ArticleResult;
import org.entente.pipeline.Pipeline;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Sentence;
import org.entente.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One article written for these tests, in which France takes three measures against Russia,
 * stored through the real pipeline and writer. The extractor has no SANCTION rules yet, so the
 * three SANCTION reports are built here from the article's own sentences, as the extractor
 * builds its events (id from the sentence and trigger, mention with the sentence's offsets);
 * everything else (sentences, actors, the meeting of the first sentence, merging, standards
 * codes, rows) comes from the real stages.
 */
public final class SanctionFixture {
    public static final String ARTICLE_ID = "test-sanctions-fra-rus";
    public static final String TITLE = "Paris durcit le ton face à Moscou";
    public static final String URL = "https://example.org/2024/03/paris-moscou";
    public static final String PUBLISHED = "2024-03-06";

    /** The measures, in text order: the sentence that states each, its trigger, its key, what was done. */
    public record Measure(String sentence, String trigger, String key, String what, String cameo, double goldstein,
                          String ploverMode) {
    }

    public static final List<Measure> MEASURES = List.of(
            new Measure("La France a expulsé mardi quatre diplomates russes accusés d'espionnage.", "a expulsé",
                    SanctionKinds.DIPLOMATIC + ":expulsion", "quatre diplomates russes", "161", -4.0, "withdraw"),
            new Measure("Paris a suspendu mardi toutes les liaisons aériennes avec la Russie.", "a suspendu",
                    SanctionKinds.ECONOMIC + ":flights", "toutes les liaisons aériennes", "163", -8.0, "restrict"),
            new Measure("La France s'est retirée mardi du traité bilatéral sur la pêche qui la liait à la Russie.",
                    "s'est retirée", SanctionKinds.OTHER + ":treaty", "traité bilatéral sur la pêche", "160", -4.0, null));

    /** The article: a meeting the real rules find, then the measures. */
    public static Article article() {
        StringBuilder text = new StringBuilder("Le président français Emmanuel Macron a rencontré lundi à Paris le président "
                + "ukrainien Volodymyr Zelensky.");
        for (Measure m : MEASURES) {
            text.append(' ').append(m.sentence());
        }
        return new Article(ARTICLE_ID, "test:" + ARTICLE_ID, URL, TITLE, "Test", List.of(PUBLISHED), text.toString());
    }

    private SanctionFixture() {
    }

    /** The article through the real pipeline, its measures added as the SANCTION reports of its sentences. */
    public static ArticleResult result(Pipeline pipeline) {
        ArticleResult r = pipeline.process(article());
        // Only the measures built here: once the extractor has SANCTION rules, what it finds in
        // these sentences is for its own tests, and these stay as written.
        List<Event> events = new ArrayList<>(r.events().stream().filter(e -> e.type() != EventType.SANCTION).toList());
        for (Measure m : MEASURES) {
            Sentence s = r.facts().sentences().stream().map(LemmatizedSentence::sentence)
                    .filter(x -> x.text().strip().equals(m.sentence())).findFirst()
                    .orElseThrow(() -> new AssertionError("sentence not split as written: " + m.sentence()));
            int at = s.text().indexOf(m.trigger());
            Span trigger = new Span(s.start() + at, s.start() + at + m.trigger().length());
            EventMention mention = new EventMention(ARTICLE_ID, s.index(), s.span(), s.text(), trigger);
            String id = ARTICLE_ID + "#" + s.index() + "-sanction-" + trigger.start();
            events.add(new Event(id, EventType.SANCTION, "2024-03-05", "text", null, List.of(), List.of("FRA", "RUS"),
                    m.what(), m.key(), Event.HAPPENED, List.of(mention), 0.8, Party.state("FRA"), Party.state("RUS")));
        }
        return new ArticleResult(r.facts(), events, r.sentencesParsed());
    }

    /** Stores the article with the real writer. */
    public static void into(Store store, Pipeline pipeline, ActorBase actors) {
        try (ArticleWriter writer = new ArticleWriter(store, actors)) {
            writer.write(result(pipeline));
        }
    }
}
