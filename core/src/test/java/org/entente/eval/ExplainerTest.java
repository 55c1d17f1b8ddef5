package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explanation lists exactly what the score counts, with the sentences to look at. */
class ExplainerTest {
    @TempDir
    Path tmp;

    private Path gold() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("a1.json"), ScorerTest.GOLD_A1);
        Files.writeString(gold.resolve("a2.json"), ScorerTest.GOLD_A2);
        return gold;
    }

    @Test
    void listsMissedUnmatchedAndWrongAttributes() throws Exception {
        String events = """
                {"id": "s1", "type": "MEET", "date": "2021-04-02", "countries": ["PRT", "BRA"], "participants": ["Ana Lopes", "Joana Silva"], "mentions": [{"doc": "a1", "text": "Les deux ministres se sont revus le 15 mars."}]}
                {"id": "c1", "type": "COMMIT", "countries": ["PRT", "BRA"], "mentions": [{"doc": "a1", "text": "Le Brésil ouvrira une ligne."}]}
                {"id": "m2", "type": "MEET", "date": "2021", "place": null, "countries": ["PRT", "BRA"], "participants": ["Joana Silva"], "mentions": [{"doc": "a2", "text": "La ministre portugaise a accueilli son homologue brésilien."}]}
                {"id": "u", "type": "CALL", "mentions": [{"doc": "zz", "text": "Un appel."}]}
                """;
        Path f = tmp.resolve("events.jsonl");
        Files.writeString(f, events);
        Path gold = gold();
        Explanation x = new Explainer().explain(gold, f);
        ScoreReport r = new Scorer().score(gold, f);
        assertEquals(r.overall().fn(), x.missedCount());
        assertEquals(r.overall().fp(), x.spuriousCount());

        Explanation.ArticleExplanation a1 = x.articles().get(0);
        assertEquals("a1", a1.doc());
        assertEquals(List.of("Ana Lopes a reçu Rui Costa à Lisbonne en mars.",
                        "Les deux ministres se sont revus le 15 mars.", "Le Portugal et le Brésil ouvriront une ligne aérienne directe en juin."),
                a1.missed().stream().map(Explanation.Missed::evidence).toList());
        assertEquals(List.of("s1: dates do not overlap"), a1.missed().get(0).nearMisses());
        assertEquals(List.of("s1: dates do not overlap"), a1.missed().get(1).nearMisses());
        assertEquals(List.of("c1: no cited sentence overlaps the gold evidence"), a1.missed().get(2).nearMisses());
        assertEquals(List.of("Le Brésil ouvrira une ligne."), a1.spurious().get(1).sentences());

        Explanation.ArticleExplanation a2 = x.articles().get(1);
        assertEquals(1, a2.matched());
        assertEquals(List.of("date 2021 (gold 2021-03)", "place null (gold Lisbonne)",
                "participants missing: ana lopes", "participants not in gold: joana silva"),
                a2.mismatches().get(0).problems());
        assertEquals(List.of("zz"), x.unscoredDocs());

        String text = x.format();
        assertTrue(text.contains("== a1: 3 gold, 2 system, 0 matched\n"), text);
        assertTrue(text.contains("      evidence: \"Ana Lopes a reçu Rui Costa à Lisbonne en mars.\"\n"), text);
        assertTrue(text.contains("    - c1: COMMIT - @ - | - | PRT BRA\n      cites: \"Le Brésil ouvrira une ligne.\"\n"), text);
        assertTrue(text.contains("    - m2 ~ MEET 2021-03 @ Lisbonne | Ana Lopes | PRT BRA: date 2021 (gold 2021-03);"), text);
        assertTrue(text.endsWith("not scored (no gold): zz\nmissed 3, without match 2\n"), text);
    }
}
