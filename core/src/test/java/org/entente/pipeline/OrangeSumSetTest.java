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
 * scored with the Java scorer on every build. The floors (achieved 0.756 and 0.896, minus about
 * 0.015 and 0.025) guard the work of issue 12 against regressions; the precision target (0.80) is
 * asserted, the F1 target (0.80) is what the closing notes report against.
 */
class OrangeSumSetTest {
    private static final double F1_FLOOR = 0.74;
    private static final double PRECISION_FLOOR = 0.87;

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
