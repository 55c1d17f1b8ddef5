package org.entente.events;

import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One commitment told in two wordings by two articles is one record with both sources. Articles written for this test. */
class CommitmentAcrossArticlesTest {
    @Test
    void twoWordingsOfOneCommitmentMergeIntoOneRecord() {
        Article a = new Article("a", "a", null, null, null, List.of("2024-03-03"),
                "Le Kazakhstan et la Chine se sont engagés dimanche à doubler leur commerce bilatéral d'ici 2030, "
                        + "a indiqué le ministère kazakh des Affaires étrangères.");
        Article b = new Article("b", "b", null, null, null, List.of("2024-03-04"),
                "La Chine et le Kazakhstan ont convenu dimanche du doublement de leurs échanges commerciaux "
                        + "d'ici 2030, selon un communiqué publié lundi.");
        List<Event> commits = new Runner(Pipeline.create(false), 1).runArticles(List.of(a, b)).events().stream()
                .filter(e -> e.type() == EventType.COMMIT).toList();
        assertEquals(1, commits.size(), commits.toString());
        Event c = commits.get(0);
        assertEquals("doubler commerce", c.key());
        assertEquals(List.of("a", "b"), c.mentions().stream().map(EventMention::doc).distinct().toList());
        assertEquals(List.of("CHN", "KAZ"), c.countries());
    }
}
