package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Table-driven: articles.tsv holds sentences written for this test, expected-mentions.tsv what they must yield. */
class ActorLinkerTableTest {
    private static final ActorLinker LINKER = new ActorLinker(ActorBase.configured());
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    private record Expected(String surface, String kind, String country, String actor) {
    }

    @TestFactory
    Stream<DynamicTest> everyArticleYieldsItsMentions() throws IOException {
        Map<String, String[]> articles = new LinkedHashMap<>();
        for (String[] r : read("articles.tsv")) {
            articles.put(r[0], r);
        }
        Map<String, List<Expected>> expected = new LinkedHashMap<>();
        int rows = 0;
        for (String[] r : read("expected-mentions.tsv")) {
            expected.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Expected(r[1], r[2], r[3], r[4]));
            rows++;
        }
        assertTrue(rows >= 60, "at least 60 expected mentions");
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] a = articles.get(e.getKey());
            LocalDate date = a[1].isBlank() ? null : LocalDate.parse(a[1]);
            List<ActorMention> got = LINKER.link(SPLITTER.split(a[2]), date);
            int from = 0;
            for (Expected x : e.getValue()) {
                if (x.kind.equals("NONE")) {
                    assertFalse(got.stream().anyMatch(m -> m.surface().equals(x.surface)), x.surface + " must not be a mention");
                    continue;
                }
                int found = -1;
                for (int i = from; i < got.size(); i++) {
                    ActorMention m = got.get(i);
                    if (m.surface().equals(x.surface) && m.kind().name().equals(x.kind)
                            && (x.country.equals("-") ? m.country() == null : x.country.equals(m.country()))) {
                        found = i;
                        break;
                    }
                }
                assertTrue(found >= 0, e.getKey() + ": no " + x + " in " + got);
                ActorMention m = got.get(found);
                assertEquals(x.actor, m.actor() == null ? "-" : m.actor().id(), e.getKey() + " " + x.surface);
                assertEquals(a[2].substring(m.span().start(), m.span().end()), m.surface(), "span matches surface");
                from = found + 1;
            }
        }));
    }

    @Test
    void loadsOnceAndAnswersTenureQueries() {
        long t0 = System.nanoTime();
        ActorBase base = ActorBase.configured();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("ActorBase loaded in " + ms + " ms, " + base.actors().size() + " actors");
        assertEquals("Qin Gang", base.holders(Role.FOREIGN_MINISTER, "CHN", LocalDate.of(2023, 3, 1)).get(0).name());
        assertEquals("Wang Yi", base.holders(Role.FOREIGN_MINISTER, "CHN", LocalDate.of(2023, 8, 1)).get(0).name());
        assertEquals("Wang Yi", base.holders(Role.FOREIGN_MINISTER, "CHN", LocalDate.of(2022, 8, 1)).get(0).name());
        assertEquals("Mukhtar Tleuberdi", base.holders(Role.FOREIGN_MINISTER, "KAZ", LocalDate.of(2022, 8, 1)).get(0).name());
        assertEquals("Murat Nurtleu", base.holders(Role.FOREIGN_MINISTER, "KAZ", LocalDate.of(2024, 7, 3)).get(0).name());
        assertEquals("les États-Unis", base.frenchName("USA"));
        assertEquals("l'Inde", base.frenchName("IND"));
        assertEquals("le Kazakhstan", base.frenchName("KAZ"));
        assertTrue(base.members("Q485207").contains("KAZ"));
        assertTrue(base.place("geo:1526273").isPresent());
    }

    private static List<String[]> read(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = ActorLinkerTableTest.class.getResourceAsStream(name)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
