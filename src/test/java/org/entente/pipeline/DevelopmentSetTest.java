package org.entente.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.Event;
import org.entente.export.EventJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on the development articles, scored by ../shared/eval/score.py. */
class DevelopmentSetTest {
    private static JsonNode score;

    @BeforeAll
    static void extractAndScore(@TempDir Path tmp) throws Exception {
        Path shared = SharedCorpus.root();
        Assumptions.assumeTrue(SharedCorpus.hasPython(), "python3 is absent: cannot run the reference scorer");
        Runner.Result result = new Runner(Pipeline.create(true), 2)
                .run(List.of(shared.resolve("corpus/seeds/articles")), p -> { throw new AssertionError(p.toString()); }, null);
        Path events = tmp.resolve("events.jsonl");
        EventJson json = new EventJson();
        try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            for (Event e : result.events()) {
                json.write(e, w);
            }
        }
        Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(),
                shared.resolve("corpus/seeds/gold").toString(), events.toString(), "--json").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        score = new ObjectMapper().readTree(out.substring(0, out.lastIndexOf("}") + 1));
        System.out.println("development set: " + score.get("overall") + " attributes " + score.get("attributes")
                + " participants " + score.get("participants"));
    }

    @Test
    void eventF1IsAtLeastSeventyPercent() {
        assertTrue(score.get("overall").get("f1").asDouble() >= 0.70, score.get("overall").toString());
    }

    @Test
    void eventsCarryTheirAttributes() {
        assertTrue(score.get("attributes").get("date").asDouble() >= 0.50, score.get("attributes").toString());
        assertTrue(score.get("attributes").get("place").asDouble() >= 0.50, score.get("attributes").toString());
        assertTrue(score.get("participants").get("f1").asDouble() >= 0.50, score.get("participants").toString());
    }
}
