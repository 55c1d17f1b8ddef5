package org.entente.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;
import org.entente.events.Event;
import org.entente.export.EventJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the development articles: the thresholds, measured with the Java
 * scorer, and the Java scorer's agreement with ../shared/eval/score.py on that same output.
 */
class DevelopmentSetTest {
    private static Path shared;
    private static Path events;
    private static ScoreReport report;

    @BeforeAll
    static void extractAndScore(@TempDir Path tmp) throws Exception {
        if (!SharedCorpus.present()) {
            return; // each test then reports itself skipped (see needsShared)
        }
        shared = SharedCorpus.root();
        Runner.Result result = new Runner(TestPipelines.full(), 2)
                .run(List.of(shared.resolve("corpus/seeds/articles")), p -> { throw new AssertionError(p.toString()); }, null);
        events = tmp.resolve("events.jsonl");
        EventJson json = new EventJson();
        try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            for (Event e : result.events()) {
                if (e.happened()) {
                    json.write(e, w); // what `extract` writes by default: plans are kept apart
                }
            }
        }
        report = new Scorer().score(shared.resolve("corpus/seeds/gold"), events);
        System.out.print("development set:\n" + report.format());
    }

    /** In each test rather than in @BeforeAll, where a failed assumption hides the tests ("Tests run: 0"). */
    @BeforeEach
    void needsShared() {
        SharedCorpus.root();
    }

    /** Issue 12 asks 0.95 of the seeds (achieved 0.977): asserted. */
    @Test
    void eventF1IsAtLeastNinetyFiveAndPrecisionNinetyThreePercent() {
        assertTrue(report.eventF1() >= 0.95, report.format());
        assertTrue(report.overall().p() >= 0.93, report.format());
    }

    @Test
    void eventsCarryTheirAttributes() {
        assertTrue(report.dateAccuracy() >= 0.50, report.format());
        assertTrue(report.placeAccuracy() >= 0.50, report.format());
        assertTrue(report.participants().f1() >= 0.50, report.format());
    }

    @Test
    void javaScorerAgreesWithTheReferenceScorer() throws Exception {
        Assumptions.assumeTrue(SharedCorpus.hasPython(), "python3 is absent: cannot run the reference scorer");
        Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(),
                shared.resolve("corpus/seeds/gold").toString(), events.toString(), "--json").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        JsonNode python = new ObjectMapper().readTree(out.substring(0, out.lastIndexOf('}') + 1));
        assertEquals(python, new ObjectMapper().readTree(report.toJson().toString()));
    }
}
