package org.entente.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.store.Store;
import org.entente.store.TestIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One post cannot hold the server's only ingest lane past its time limit, and what it could do is stored. */
class IngestorLimitTest {
    @Test
    void aPostPastItsTimeLimitStoresWhatWasDoneAndNamesTheRest(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder big = new StringBuilder("Sommet\n");
        String[] sentences = {
            "Emmanuel Macron a rencontré Xi Jinping à Pékin le 6 avril 2023. ",
            "La Chine et le Brésil ont signé un accord de coopération le 14 avril 2023. "};
        for (int i = 0; big.length() < 1_500_000; i++) {
            big.append(sentences[i % 2]);
        }
        String body = json.writeValueAsString(Map.of("id", "court", "published", "2023-03-03",
                        "text", "Visite\nOlaf Scholz a rencontré Joe Biden à Washington le 3 mars 2023."))
                + "\n" + json.writeValueAsString(Map.of("id", "enorme", "published", "2023-04-20", "text", big.toString()))
                + "\n" + json.writeValueAsString(Map.of("id", "apres", "published", "2023-06-22",
                        "text", "Visite\nNarendra Modi a rencontré Joe Biden à Washington le 22 juin 2023."))
                + "\n";
        try (Store store = Store.open(dir.resolve("s.duckdb"));
             Ingestor ingestor = new Ingestor(store, TestIngest::pipeline, Duration.ofSeconds(3))) {
            ingestor.ingest("text/plain", "Visite\nEmmanuel Macron a rencontré Olaf Scholz à Berlin le 2 juillet 2023.\n"
                    .getBytes(StandardCharsets.UTF_8), "echauffement"); // loads the pipeline outside the measured post
            long start = System.nanoTime();
            List<Ingestor.Outcome> out = ingestor.ingest("application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), null);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(List.of("court", "enorme", "apres"), out.stream().map(Ingestor.Outcome::id).toList(), out.toString());
            assertEquals(List.of("added", "skipped", "skipped"), out.stream().map(Ingestor.Outcome::result).toList(), out.toString());
            assertTrue(out.get(1).problem().contains("time budget"), out.get(1).problem());
            assertTrue(out.get(2).problem().contains("time limit"), out.get(2).problem());
            assertTrue(seconds < 20, "the post held the ingest lane " + seconds + " s");
        }
    }
}
