package org.entente.store;

import org.entente.actors.ActorBase;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;
import org.entente.events.Event;
import org.entente.export.EventJson;
import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.SharedCorpus;
import org.entente.pipeline.TestPipelines;
import org.entente.pipeline.Runner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on real input: the shipped examples, and the development set when ../shared is there. */
class StoreTest {
    private static final Path EXAMPLES = org.entente.pipeline.SharedCorpus.examples();
    private static Pipeline pipeline;
    private static ActorBase actors;

    @BeforeAll
    static void load() {
        pipeline = TestIngest.pipeline();
        actors = TestIngest.actors();
    }

    private static long[] ingest(Store store, Pipeline p, Path... inputs) {
        return TestIngest.into(store, p, actors, inputs);
    }

    @Test
    void ingestingTwiceYieldsTheSameStoreAsOnce(@TempDir Path tmp) {
        Path db = tmp.resolve("x.duckdb");
        List<String> once;
        try (Store store = Store.open(db)) {
            long[] c = ingest(store, pipeline, EXAMPLES);
            assertEquals(5, c[1]);
            once = StoreDump.of(store);
        }
        try (Store store = Store.open(db)) {
            long[] c = ingest(store, pipeline, EXAMPLES);
            assertEquals(5, c[0], "every article is recognised as stored");
            assertEquals(0, c[1] + c[2]);
            assertEquals(once, StoreDump.of(store));
        }
        assertTrue(once.stream().anyMatch(l -> l.startsWith("events:")));
        assertTrue(once.stream().anyMatch(l -> l.startsWith("sentences:")));
    }

    @Test
    void incrementalIngestMergesNewReportsIntoStoredEventsAsOneRunWould(@TempDir Path tmp) throws Exception {
        // Split the examples in two batches: ingesting them one after the other must give the
        // store a single run gives.
        Path first = Files.createDirectories(tmp.resolve("a"));
        Path second = Files.createDirectories(tmp.resolve("b"));
        List<Path> files;
        try (var s = Files.list(EXAMPLES)) {
            files = s.sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), (i == 0 ? first : second).resolve(files.get(i).getFileName()));
        }
        List<String> split;
        try (Store store = Store.open(tmp.resolve("split.duckdb"))) {
            ingest(store, pipeline, first);
            ingest(store, pipeline, second);
            split = StoreDump.of(store);
        }
        try (Store store = Store.open(tmp.resolve("whole.duckdb"))) {
            ingest(store, pipeline, first, second);
            assertEquals(withoutOrigins(StoreDump.of(store)), withoutOrigins(split));
        }
    }

    private static List<String> withoutOrigins(List<String> dump) {
        return dump.stream().map(l -> l.replaceAll("\\|/[^|]*\\|", "|ORIGIN|")).toList();
    }

    @Test
    void aChangedArticleReplacesItsOldVersionAndItsEvents(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path file = dir.resolve("sommet.txt");
        Files.writeString(file, "Berlin, le 12 mai 2022 — Le chancelier allemand Olaf Scholz a reçu jeudi à Berlin le président "
                + "sénégalais Macky Sall. Les deux dirigeants ont signé un accord sur l'énergie.\n", StandardCharsets.UTF_8);
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            ingest(store, pipeline, dir);
            Queries q = new Queries(store);
            List<String> before = q.events(Queries.EventFilter.all()).stream().map(r -> r.type()).sorted().toList();
            assertTrue(before.contains("SIGN"), before.toString());
            Files.writeString(file, "Berlin, le 12 mai 2022 — Le chancelier allemand Olaf Scholz a reçu jeudi à Berlin le président "
                    + "sénégalais Macky Sall.\n", StandardCharsets.UTF_8);
            long[] c = ingest(store, pipeline, dir);
            assertEquals(1, c[2], "the new version replaces the old one");
            List<String> after = q.events(Queries.EventFilter.all()).stream().map(r -> r.type()).sorted().toList();
            assertFalse(after.contains("SIGN"), "the withdrawn signature is gone: " + after);
            assertEquals(1, StoreStats.of(store).articles());
        }
    }

    @Test
    void queriesFilterByCountryTypeAndDate(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            ingest(store, pipeline, EXAMPLES);
            Queries q = new Queries(store);
            var all = q.events(Queries.EventFilter.all());
            var chnFra = q.events(new Queries.EventFilter(Set.of("CHN", "FRA"), Set.of(), Set.of(), null, null, null, null, 100, 0));
            assertFalse(chnFra.isEmpty());
            assertTrue(chnFra.size() < all.size());
            assertTrue(chnFra.stream().allMatch(r -> r.countries().contains("CHN") && r.countries().contains("FRA")));
            var meet2023 = q.events(new Queries.EventFilter(Set.of(), Set.of(), Set.of("MEET"), "2023-04", "2023-04", null, null, 100, 0));
            assertTrue(meet2023.stream().allMatch(r -> r.type().equals("MEET") && r.date().startsWith("2023-04")), meet2023.toString());
            var detail = q.event(chnFra.get(0).eventId()).orElseThrow();
            assertFalse(detail.sources().isEmpty());
            var src = detail.sources().get(0);
            String text = q.article(src.articleId()).orElseThrow().text();
            assertEquals(src.text(), text.substring(src.start(), src.end()), "evidence offsets point into the stored article");
            assertFalse(q.relationships(10).isEmpty());
            assertFalse(q.timeline("CHN", "FRA").isEmpty());
        }
    }

    @Test
    void exportsReadBackWithTheDocumentedColumns(@TempDir Path tmp) throws Exception {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            ingest(store, pipeline, EXAMPLES);
            Queries q = new Queries(store);
            long n = q.copyEvents(tmp.resolve("e.parquet"), "parquet");
            q.copyEvents(tmp.resolve("e.csv"), "csv");
            assertTrue(n > 0);
            String header = Files.readAllLines(tmp.resolve("e.csv")).get(0);
            assertEquals(String.join(",", org.entente.export.EventRow.COLUMNS), header);
            try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                 var s = c.createStatement();
                 var rs = s.executeQuery("SELECT * FROM read_parquet('" + tmp.resolve("e.parquet") + "')")) {
                var md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    cols.add(md.getColumnName(i));
                }
                assertEquals(org.entente.export.EventRow.COLUMNS, cols);
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertEquals(n, rows);
            }
        }
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedWithAClearMessage(@TempDir Path tmp) throws Exception {
        Path bogus = tmp.resolve("notes.duckdb");
        Files.writeString(bogus, "these are my notes, not a database\n");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(bogus).close());
        assertTrue(e.getMessage().contains(bogus.getFileName().toString()), e.getMessage());
        assertEquals("these are my notes, not a database\n", Files.readString(bogus), "the file is left untouched");
        assertThrows(StoreException.class, () -> Store.openReadOnly(tmp.resolve("absent.duckdb")));
    }

    @Test
    void developmentSetThroughTheStoreGroupsReportsAcrossArticles(@TempDir Path tmp) throws Exception {
        Path shared = SharedCorpus.root();
        Path events = tmp.resolve("events.jsonl");
        try (Store store = Store.open(tmp.resolve("dev.duckdb"))) {
            ingest(store, TestPipelines.full(), shared.resolve("corpus/seeds/articles"));
            EventJson json = new EventJson();
            try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
                new Queries(store).forEachEvent(e -> {
                    if (e.happened()) {
                        json.write(e, w);
                    }
                });
            }
        }
        ScoreReport report = new Scorer().score(shared.resolve("corpus/seeds/gold"), events);
        System.out.print("development set through the store:\n" + report.format());
        // 0.961 before issue 12, 0.912 since the dependency parse decides each trigger's clause:
        // two reports of one meeting now differ in participants and no longer fold (see the note).
        assertTrue(report.groupingBcubed().f1() >= 0.90, report.format());
        assertTrue(report.eventF1() >= 0.90, report.format());
    }
}
