package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end scoring of a small hand-written gold set, with the expected numbers worked out by hand. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String GOLD_A1 = """
            {"article": "a1", "published": "2021-03-20", "events": [
             {"key": "K1", "type": "MEET", "date": "2021-03", "place": "Lisbonne",
              "participants": ["Ana Lopes", "Rui Costa"], "countries": ["PRT", "BRA"], "what": null,
              "evidence": "Ana Lopes a reçu Rui Costa à Lisbonne en mars."},
             {"key": "K2", "type": "MEET", "date": "2021-03-15", "place": "Lisbonne",
              "participants": ["Ana Lopes"], "countries": ["PRT", "BRA"], "what": null,
              "evidence": "Les deux ministres se sont revus le 15 mars."},
             {"key": "K3", "type": "COMMIT", "date": null, "place": null, "participants": [],
              "countries": ["PRT", "BRA"], "what": "ligne aérienne",
              "evidence": "Le Portugal et le Brésil ouvriront une ligne aérienne directe en juin."}]}
            """;
    static final String GOLD_A2 = """
            {"article": "a2", "published": null, "events": [
             {"key": "K1", "type": "MEET", "date": "2021-03", "place": "Lisbonne",
              "participants": ["Ana Lopes"], "countries": ["PRT", "BRA"], "what": null,
              "evidence": "La ministre portugaise a accueilli son homologue brésilien."}]}
            """;
    static final String EVENTS = """
            {"id": "s1", "type": "MEET", "date": "2021-03-15", "place": "lisbonne", "participants": ["Lopes"], "countries": ["PRT", "BRA"], "mentions": [{"doc": "a1", "text": "Les deux ministres se sont revus le 15 mars."}]}
            {"id": "g1", "type": "MEET", "date": null, "place": null, "participants": [{"name": "Rui Costa"}, "Ana Lopes", "Zé Carioca"], "countries": ["BRA", "PRT"], "mentions": [{"doc": "a1", "text": "Ana Lopes a reçu Rui Costa à Lisbonne en mars."}, {"doc": "a2", "text": "La ministre portugaise a accueilli son homologue."}]}

            {"type": "MEET", "date": null, "countries": ["BRA", "PRT"], "mentions": [{"doc": "a1", "text": "Une phrase sans rapport."}]}
            {"id": "c1", "type": "COMMIT", "countries": ["PRT", "BRA"], "mentions": [{"doc": "a1", "text": "Le Portugal et le Brésil ouvriront une ligne."}]}
            {"id": "x", "type": "CALL", "countries": ["PRT"], "mentions": [{"doc": "zz", "text": "Un appel."}]}
            """;

    @TempDir
    Path tmp;
    Path gold;

    @BeforeEach
    void writeGold() throws Exception {
        gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("a1.json"), GOLD_A1);
        Files.writeString(gold.resolve("a2.json"), GOLD_A2);
    }

    private Path events(String text) throws Exception {
        Path f = tmp.resolve("events.jsonl");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void countsAttributesParticipantsAndGrouping() throws Exception {
        ScoreReport r = new Scorer().score(gold, events(EVENTS));
        assertEquals(List.of("COMMIT", "MEET"), List.copyOf(r.types().keySet()), "CALL only cites an article without gold");
        assertEquals(TypeScore.of(3, 1, 0), r.types().get("MEET"));
        assertEquals(TypeScore.of(1, 0, 0), r.types().get("COMMIT"),
                "seven cited words all inside the gold sentence: containment counts from six words");
        assertEquals(new TypeScore(4, 1, 0, 0.8, 1.0, 2 * 0.8 / 1.8), r.overall());
        // s1 goes to the day-dated gold event (most specific first) though the month one comes first.
        assertEquals(1.0 / 3, r.dateAccuracy(), 1e-15);
        assertEquals(1.0 / 3, r.placeAccuracy(), 1e-15);
        assertEquals(List.of("date", "place"), List.copyOf(r.attributes().keySet()));
        assertEquals(Prf.of(4, 3, 0), r.participants(), "surname alone matches; extra names count only where gold has names");
        assertEquals(new Prf(1.0, 1.0, 1.0), r.groupingBcubed());
        assertEquals(List.of("zz"), r.unscoredDocs());
    }

    @Test
    void formatsLikeScorePy() throws Exception {
        String expected = """
                type         tp   fp   fn      P      R     F1
                COMMIT        1    0    0  1.000  1.000  1.000
                MEET          3    1    0  0.750  1.000  0.857
                ALL           4    1    0  0.800  1.000  0.889
                date accuracy on matched events: 0.333
                place accuracy on matched events: 0.333
                participants on matched events: P 0.571 R 1.000 F1 0.727
                cross-article grouping (B-cubed): P 1.000 R 1.000 F1 1.000
                events from 1 article(s) without gold were not scored
                event F1 = 0.889
                """;
        assertEquals(expected, new Scorer().score(gold, events(EVENTS)).format());
    }

    @Test
    void jsonHasScorePyKeys() throws Exception {
        JsonNode j = new Scorer().score(gold, events(EVENTS)).toJson();
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("types", "overall", "attributes", "participants", "grouping_bcubed", "unscored_docs"), keys);
        assertEquals(3, j.at("/types/MEET/tp").intValue());
        assertEquals(0.75, j.at("/types/MEET/p").doubleValue());
    }

    @Test
    void splittingAnEventAcrossArticlesCostsGroupingRecall() throws Exception {
        String split = EVENTS.replace("{\"doc\": \"a1\", \"text\": \"Ana Lopes a reçu Rui Costa à Lisbonne en mars.\"}, ", "")
                + "{\"id\": \"g1-bis\", \"type\": \"MEET\", \"countries\": [\"BRA\", \"PRT\"], "
                + "\"mentions\": [{\"doc\": \"a1\", \"text\": \"Ana Lopes a reçu Rui Costa à Lisbonne en mars.\"}]}\n";
        ScoreReport r = new Scorer().score(gold, events(split));
        assertEquals(1.0, r.groupingBcubed().p());
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, r.groupingBcubed().r(), 1e-15);
    }

    @Test
    void noGroupingScoreWithoutMultiArticleKeysAndNoDateWithoutGoldDates() throws Exception {
        String onlyCommit = "{\"type\": \"COMMIT\", \"countries\": [\"PRT\", \"BRA\"], \"mentions\": [{\"doc\": \"a1\", "
                + "\"text\": \"Le Portugal et le Brésil ouvriront une ligne aérienne directe en juin.\"}]}\n";
        ScoreReport r = new Scorer().score(gold, events(onlyCommit));
        assertNull(r.groupingBcubed());
        assertNull(r.dateAccuracy());
        assertNull(r.placeAccuracy());
        assertEquals(Map.of(), r.attributes());
        assertTrue(r.format().endsWith("event F1 = 0.400\n"), r.format());
    }

    @Test
    void idsDefaultToLineNumbers() throws Exception {
        List<JsonNode> events = Jsonl.readEvents(events(EVENTS));
        assertEquals("line4", events.get(2).get("id").asText(), "the blank line counts");
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : EVENTS.split("\n")) {
            if (!line.isBlank()) {
                parsed.add(JSON.readTree(line));
            }
        }
        assertEquals(new Scorer().score(gold, events).toJson(), new Scorer().score(gold, parsed).toJson());
    }

    @Test
    void badLineIsReportedWithItsNumber() throws Exception {
        Path f = events("{\"type\": \"MEET\"}\n{oops\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jsonl.readEvents(f));
        assertTrue(e.getMessage().startsWith("line 2: not JSON"), e.getMessage());
    }

    @Test
    void tiesGoToTheFirstSystemEvent() throws Exception {
        String twins = """
                {"id": "first", "type": "COMMIT", "countries": ["PRT", "BRA"], "mentions": [{"doc": "a1", "text": "Le Portugal et le Brésil ouvriront une ligne aérienne directe en juin."}]}
                {"id": "second", "type": "COMMIT", "countries": ["PRT", "BRA"], "mentions": [{"doc": "a1", "text": "Le Portugal et le Brésil ouvriront une ligne aérienne directe en juin."}]}
                """;
        Explanation x = new Explainer().explain(gold, events(twins));
        assertEquals("second", x.articles().get(0).spurious().get(0).id());
    }
}
