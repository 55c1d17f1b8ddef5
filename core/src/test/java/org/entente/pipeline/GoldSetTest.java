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
 * The second evaluation set (src/test/resources/org/entente/goldset: articles written by the team
 * as paraphrases of real public events from many countries, with gold), measured on every build.
 * The floor (achieved 0.841 minus about 0.01) guards against regressions; issue 12 asks 0.84. It
 * fell to 0.794 during issue 12 (the new guidelines make broken ties a RELATION and add SANCTION,
 * which these older annotations do not have, and admitting an event needs someone acting for a
 * state in the trigger's clause) and came back as undated reports took their sentence's day.
 */
class GoldSetTest {
    private static final Path SET = Path.of("src/test/resources/org/entente/goldset");
    private static final double FLOOR = 0.83;

    @Test
    void extractionOnArticlesTheRulesWereNotTunedOn() {
        Runner.Result result = new Runner(TestPipelines.full(), 2)
                .run(List.of(SET.resolve("articles")), p -> { throw new AssertionError(p.toString()); }, null);
        EventJson json = new EventJson();
        List<JsonNode> events = new ArrayList<>();
        for (Event e : result.events()) {
            if (e.happened()) {
                events.add(json.toJson(e));
            }
        }
        ScoreReport report = new Scorer().score(SET.resolve("gold"), events);
        System.out.print("second evaluation set:\n" + report.format());
        assertTrue(report.eventF1() >= FLOOR, report.format());
    }
}
