package org.entente.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;
import org.entente.events.Event;
import org.entente.export.EventJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 101 real general-news articles of ../shared/corpus/orangesum (a third without any event),
 * scored with the Java scorer on every build. Issue 12's targets are asserted: F1 at least 0.80
 * (achieved 0.811) and precision at least 0.80 (achieved 0.925; the floor 0.90 guards it closer).
 */
class OrangeSumSetTest {
    private static final double F1_FLOOR = 0.80;
    private static final double PRECISION_FLOOR = 0.90;

    @Test
    void realGeneralNewsArticles() {
        Path shared = SharedCorpus.root();
        Runner.Result result = new Runner(TestPipelines.full(), 2)
                .run(List.of(shared.resolve("corpus/orangesum/articles.jsonl")), p -> { throw new AssertionError(p.toString()); }, null);
        EventJson json = new EventJson();
        List<JsonNode> events = new ArrayList<>();
        for (Event e : result.events()) {
            if (e.happened()) {
                events.add(json.toJson(e));
            }
        }
        ScoreReport report = new Scorer().score(shared.resolve("corpus/orangesum/gold"), events);
        System.out.print("orangesum set:\n" + report.format());
        assertTrue(report.eventF1() >= F1_FLOOR, report.format());
        assertTrue(report.overall().p() >= PRECISION_FLOOR, report.format());
    }
}
