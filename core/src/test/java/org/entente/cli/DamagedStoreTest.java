package org.entente.cli;

import org.entente.pipeline.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store whose bytes were damaged (a bad disk, a copy cut short, a stray write): every command
 * names it as damaged and says what to do, no write goes ahead on it, and no read answers as if
 * nothing were wrong.
 */
class DamagedStoreTest {
    /** DuckDB's blocks: a 12 KB header, then blocks of 256 KB. */
    private static final int HEADER = 12_288;
    private static final int BLOCK = 262_144;

    @TempDir
    static Path tmp;
    private static Path healthy;

    @BeforeAll
    static void store() {
        healthy = tmp.resolve("healthy.duckdb");
        Cli.Run r = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", healthy.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Path damaged(String name, long offset, int length) throws Exception {
        Path f = tmp.resolve(name + ".duckdb");
        Files.copy(healthy, f, StandardCopyOption.REPLACE_EXISTING);
        byte[] noise = new byte[length];
        new Random(offset).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(noise);
        }
        return f;
    }

    private static void assertNamedDamaged(Cli.Run r, String command) {
        assertEquals(1, r.code(), command + ": " + r.err());
        assertTrue(r.err().contains("is damaged") && r.err().contains("Restore it from a backup")
                && r.err().contains("into a new store"), command + ": " + r.err());
        assertFalse(r.err().contains("another Entente") || r.err().contains("rerun"), command + ": " + r.err());
    }

    /** Whether every row of every table still reads, by plain JDBC: the damage hit a block in use. */
    private static boolean readsWhole(Path f) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + f.toAbsolutePath(), readOnly());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    @Test
    void everyDamagedBlockInUseIsNamedAsDamageByEveryCommandAndNothingIsWritten() throws Exception {
        Cli.Run before = Cli.run("events", "--db", healthy.toString());
        assertEquals(0, before.code(), before.err());
        long size = Files.size(healthy);
        int inUse = 0;
        for (long offset = HEADER; offset < size; offset += BLOCK) {
            Path f = damaged("block-" + offset, offset + 1000, 65_536);
            if (!readsWhole(f)) {
                inUse++;
                byte[] bytes = Files.readAllBytes(f);
                assertNamedDamaged(Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", f.toString()), "ingest");
                assertArrayEquals(bytes, Files.readAllBytes(f), "nothing is written on a damaged store");
                assertNamedDamaged(Cli.run("events", "--db", f.toString()), "events");
                assertNamedDamaged(Cli.run("export", "--format", "jsonl", "--db", f.toString(),
                        "-o", tmp.resolve("out.jsonl").toString()), "export");
                assertFalse(Files.exists(tmp.resolve("out.jsonl")), "no export from a damaged store");
            } else {
                Cli.Run r = Cli.run("events", "--db", f.toString());
                assertEquals(0, r.code(), "damage to a free block harms nothing: " + r.err());
                assertEquals(before.out(), r.out());
            }
        }
        assertTrue(inUse >= 3, "the examples' store has several blocks in use: " + inUse);
    }

    @Test
    void aBrokenHeaderOrChecksumIsDamageNotALock() throws Exception {
        Path header = damaged("header", 0, 4096);
        Cli.Run r = Cli.run("events", "--db", header.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("is not an Entente store, or its first bytes are damaged") && r.err().contains("restore it from a backup")
                && r.err().contains("into a new store"), r.err());
        Path checksum = damaged("checksum", 5000, 64);
        Cli.Run w = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", checksum.toString());
        assertNamedDamaged(w, "ingest");
        assertTrue(w.err().contains("checksum"), w.err());
    }
}
