package org.entente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills an ingest with SIGKILL while it writes, then checks that the store opens, holds only
 * whole articles, and that a rerun completes it into the store an uninterrupted run gives.
 */
class CrashSafetyTest {
    private static final String[][] PAIRS = {
            {"La France", "le Japon", "Tokyo"}, {"L'Allemagne", "le Brésil", "Brasilia"}, {"L'Italie", "l'Inde", "New Delhi"},
            {"Le Canada", "le Mexique", "Mexico"}, {"L'Espagne", "le Maroc", "Rabat"}, {"La Chine", "le Kenya", "Nairobi"},
            {"La Turquie", "l'Égypte", "Le Caire"}, {"Le Portugal", "l'Angola", "Luanda"}};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "septembre", "octobre", "novembre"};

    /** Articles written for this test: short reports of signatures and meetings, and general news. */
    static Path corpus(Path dir, int n) throws IOException {
        Path file = dir.resolve("generated.jsonl");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String[] p = PAIRS[i % PAIRS.length];
                int day = 1 + (i / PAIRS.length) % 27;
                String month = MONTHS[(i / (PAIRS.length * 27)) % MONTHS.length];
                int year = 2015 + (i % 7);
                String text = i % 3 == 2
                        ? "La saison de football a repris samedi. Le club local a remporté son premier match devant "
                        + (1000 + i) + " spectateurs, selon les organisateurs."
                        : p[0] + " et " + p[1] + " ont signé le " + day + " " + month + " " + year + " à " + p[2]
                        + " un accord de coopération dans le domaine de l'énergie. Les deux pays ont également décidé "
                        + "de renforcer leurs échanges commerciaux.";
                var o = mapper.createObjectNode();
                o.put("id", "gen-" + i);
                o.put("date", year + "-" + String.format("%02d", 1 + (i / (PAIRS.length * 27)) % MONTHS.length) + "-28");
                o.put("text", text);
                w.write(mapper.writeValueAsString(o));
                w.write('\n');
            }
        }
        return file;
    }

    private static Process ingest(Path input, Path db, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main",
                "ingest", input.toString(), "--db", db.toString(), "--no-parse", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aStoreKilledMidIngestOpensWholeAndARerunCompletesIt(@TempDir Path tmp) throws Exception {
        Path input = corpus(tmp, 1500);
        Path db = tmp.resolve("killed.duckdb");
        Process p = ingest(input, db, tmp.resolve("killed.log"));
        // Wait for the first commits (the write-ahead log appears), then kill while it writes.
        Path wal = Path.of(db + ".wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(wal) && Files.size(wal) > 200_000) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the ingest ended before it could be killed: " + Files.readString(tmp.resolve("killed.log")));
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no flush
        p.waitFor(30, TimeUnit.SECONDS);

        long storedAfterKill;
        try (Store store = Store.open(db)) {
            storedAfterKill = StoreStats.of(store).articles();
            assertTrue(storedAfterKill > 0 && storedAfterKill < 1500, "killed mid-run: " + storedAfterKill + " articles");
            assertWhole(store);
        }

        Process rerun = ingest(input, db, tmp.resolve("rerun.log"));
        assertTrue(rerun.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("rerun.log")));
        assertTrue(Files.readString(tmp.resolve("rerun.log")).contains(storedAfterKill + " already stored"),
                Files.readString(tmp.resolve("rerun.log")));

        Path clean = tmp.resolve("clean.duckdb");
        Process once = ingest(input, clean, tmp.resolve("clean.log"));
        assertTrue(once.waitFor(300, TimeUnit.SECONDS));
        List<String> expected;
        try (Store store = Store.open(clean)) {
            expected = StoreDump.of(store);
        }
        try (Store store = Store.open(db)) {
            assertWhole(store);
            assertEquals(expected, StoreDump.of(store));
        }
    }

    /** No row belongs to an article the store does not hold, and every report of an article is merged into an event. */
    private static void assertWhole(Store store) {
        store.read(c -> {
            for (String sql : List.of(
                    "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
                    "SELECT count(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)",
                    "SELECT count(*) FROM event_sources WHERE article_id NOT IN (SELECT id FROM articles)",
                    "SELECT count(*) FROM event_sources WHERE event_id NOT IN (SELECT event_id FROM events)",
                    "SELECT count(*) FROM articles a WHERE len(a.sentence_starts) = 0 AND length(a.text) > 0",
                    "SELECT count(*) FROM (SELECT r.article_id FROM reports r GROUP BY r.article_id, r.block) x "
                            + "WHERE NOT EXISTS (SELECT 1 FROM event_sources s JOIN events e ON e.event_id = s.event_id "
                            + "WHERE s.article_id = x.article_id)",
                    "SELECT count(*) - count(DISTINCT id) FROM articles")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), sql);
                }
            }
            return null;
        });
    }
}
