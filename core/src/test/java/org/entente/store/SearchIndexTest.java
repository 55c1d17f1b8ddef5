package org.entente.store;

import org.entente.actors.ActorBase;
import org.entente.pipeline.Pipeline;
import org.entente.text.Normalizer;
import org.entente.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over the shipped examples and over articles written for the test. */
class SearchIndexTest {
    private static final Path EXAMPLES = org.entente.pipeline.SharedCorpus.examples();
    private static Pipeline pipeline;
    private static ActorBase actors;

    @BeforeAll
    static void load() {
        pipeline = TestIngest.pipeline();
        actors = TestIngest.actors();
    }

    @Test
    void aPhraseIsFoundWhateverTheAccentsAndItsOffsetsPointIntoTheStoredArticle(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            Queries q = new Queries(store);
            try (SearchIndex index = SearchIndex.open(store)) {
                List<SearchIndex.Hit> hits = index.search("\"visite d'etat\"", 10);
                assertEquals(2, hits.stream().map(SearchIndex.Hit::articleId).distinct().count(), hits.toString());
                for (SearchIndex.Hit h : hits) {
                    String text = q.article(h.articleId()).orElseThrow().text();
                    assertEquals(h.text(), text.substring(h.start(), h.end()), "sentence offsets");
                    assertEquals(1, h.matches().size(), "a phrase is one match: " + h.matches());
                    Span m = h.matches().get(0);
                    assertEquals("visite d'etat", Normalizer.fold(text.substring(m.start(), m.end())));
                    assertTrue(h.marked("[", "]").contains("[" + text.substring(m.start(), m.end()) + "]"));
                    assertTrue(h.title() != null && h.published() != null);
                }
                // An elided article is not part of what is marked: "d'État" marks "État" (and the plural matches).
                SearchIndex.Hit etat = index.search("etat", 10).get(0);
                assertTrue(etat.matches().stream().allMatch(m -> q.article(etat.articleId()).orElseThrow().text()
                        .substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT).startsWith("état")), etat.toString());
                // The same words out of order are not the phrase; all words (AND) still find them.
                assertTrue(index.search("\"etat visite\"", 10).isEmpty());
                assertFalse(index.search("etat visite", 10).isEmpty());
            }
        }
    }

    @Test
    void aSentenceListsTheEventsThatCiteIt(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            Queries q = new Queries(store);
            try (SearchIndex index = SearchIndex.open(store)) {
                List<SearchIndex.Hit> hits = index.search("visioconférence", 10);
                assertEquals(1, hits.size());
                SearchIndex.Hit h = hits.get(0);
                assertFalse(h.eventIds().isEmpty(), "the call is reported by this sentence");
                for (String id : h.eventIds()) {
                    var sources = q.event(id).orElseThrow().sources();
                    assertTrue(sources.stream().anyMatch(s -> s.articleId().equals(h.articleId()) && s.sentence() == h.sentence()));
                }
            }
        }
    }

    @Test
    void theIndexCatchesUpWithAddedAndReplacedArticles(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path db = tmp.resolve("x.duckdb");
        Files.writeString(in.resolve("a.txt"), "Dakar, le 3 mars 2022 — Le président sénégalais a reçu mardi à Dakar le "
                + "ministre malien des Affaires étrangères. Ils ont parlé de la filière arachide.\n", StandardCharsets.UTF_8);
        try (Store store = Store.open(db)) {
            TestIngest.into(store, pipeline, actors, in);
            try (SearchIndex index = SearchIndex.open(store)) {
                assertEquals(1, index.search("arachide", 10).size());
                assertTrue(index.search("cacao", 10).isEmpty());
            }
            Files.writeString(in.resolve("b.txt"), "Abidjan, le 4 mars 2022 — Le Premier ministre ivoirien a rencontré "
                    + "jeudi son homologue ghanéen. La filière cacao était au menu.\n", StandardCharsets.UTF_8);
            TestIngest.into(store, pipeline, actors, in);
            try (SearchIndex index = SearchIndex.open(store)) {
                assertEquals(1, index.search("cacao", 10).size(), "the added article is searchable");
                assertEquals(1, index.search("arachide", 10).size(), "the first one is indexed once");
            }
            Files.writeString(in.resolve("a.txt"), "Dakar, le 3 mars 2022 — Le président sénégalais a reçu mardi à Dakar le "
                    + "ministre malien des Affaires étrangères. Ils ont parlé de la pêche.\n", StandardCharsets.UTF_8);
            assertEquals(1, TestIngest.into(store, pipeline, actors, in)[2]);
            try (SearchIndex index = SearchIndex.open(store)) {
                assertTrue(index.search("arachide", 10).isEmpty(), "the replaced version is gone");
                assertEquals(1, index.search("pêche", 10).size());
                assertEquals(1, index.search("peche", 10).size(), "accents do not matter");
            }
        }
        // A store opened read-only is searchable too, and a damaged cache is rebuilt.
        Path folder = SearchIndex.folder(db);
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(f, "garbage");
            }
        }
        try (Store store = Store.openReadOnly(db); SearchIndex index = SearchIndex.open(store)) {
            assertEquals(1, index.search("cacao", 10).size());
        }
    }

    @Test
    void anUpToDateIndexIsLeftAsItIsAndHoldsEveryStoredSentence(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            int first;
            try (SearchIndex index = SearchIndex.open(store)) {
                first = index.sentences();
            }
            try (SearchIndex index = SearchIndex.open(store)) {
                assertEquals(first, index.sentences(), "an up-to-date index is left as it is");
            }
            long stored = store.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sentences")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(stored, first);
        }
    }

    @Test
    void offsetsStayRightAfterCharactersOutsideTheBasicPlane(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"emoji\", \"title\": \"T\", \"published\": \"2022-05-10\", "
                + "\"text\": \"Sommet \ud83c\udf0d \ud83e\udd1d entre voisins. Le président sénégalais a reçu mardi à Dakar "
                + "le président gambien pour parler de la filière arachide.\"}\n", StandardCharsets.UTF_8);
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, in);
            String text = new Queries(store).article("emoji").orElseThrow().text();
            try (SearchIndex index = SearchIndex.open(store)) {
                SearchIndex.Hit h = index.search("arachide", 5).get(0);
                assertEquals(h.text(), text.substring(h.start(), h.end()));
                Span m = h.matches().get(0);
                assertEquals("arachide", text.substring(m.start(), m.end()));
                String viewText = store.read(c -> {
                    try (var ps = c.prepareStatement("SELECT text FROM sentences WHERE article_id = 'emoji' AND idx = ?")) {
                        ps.setInt(1, h.sentence());
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    }
                });
                assertEquals(h.text(), viewText, "the sentences view cuts the same text as Java offsets");
            }
        }
    }

    @Test
    void badQuerySyntaxGetsAPlainMessage(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            try (SearchIndex index = SearchIndex.open(store)) {
                for (String bad : List.of("Chine AND (", "\"atelier", "  ")) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search(bad, 5));
                    assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                }
                Set<String> ok = index.search("Chine OR Inde", 50).stream().map(SearchIndex.Hit::articleId).collect(Collectors.toSet());
                assertTrue(ok.size() >= 2, ok.toString());
            }
        }
    }
}
