package org.entente.cli;

import org.entente.pipeline.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code -o} of export, dossier and extract writes into what it is given and never replaces a link, a pipe or a device. */
class OutputTargetTest {
    @TempDir
    static Path tmp;
    private static Path db;

    @BeforeAll
    static void store() {
        db = tmp.resolve("x.duckdb");
        Cli.Run r = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileGetsTheOutput() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), real.getFileName());
        Cli.Run r = Cli.run("export", "--format", "csv", "--db", db.toString(), "-o", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).startsWith("event_id,date,"), Files.readString(real));

        Path dangling = Files.createSymbolicLink(tmp.resolve("dossier.md"), Path.of("later.md"));
        Cli.Run d = Cli.run("dossier", "CHN", "BRA", "--db", db.toString(), "-o", dangling.toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.readString(tmp.resolve("later.md")).startsWith("# Relationship dossier"));
    }

    @Test
    void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = tmp.resolve("events.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run r = Cli.run("export", "--format", "jsonl", "--db", db.toString(), "-o", fifo.toString());
        assertEquals(0, r.code(), r.err());
        String read = reader.get(60, TimeUnit.SECONDS);
        assertTrue(read.startsWith("{\"id\":"), read);
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
        assertTrue(Files.exists(fifo));

        Path parquetFifo = tmp.resolve("parquet.fifo");
        new ProcessBuilder("mkfifo", parquetFifo.toString()).start().waitFor();
        CompletableFuture<byte[]> bytes = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(parquetFifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run p = Cli.run("export", "--format", "parquet", "--db", db.toString(), "-o", parquetFifo.toString());
        assertEquals(0, p.code(), p.err());
        assertEquals("PAR1", new String(bytes.get(60, TimeUnit.SECONDS), 0, 4, StandardCharsets.US_ASCII));
        assertFalse(Files.isRegularFile(parquetFifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDashIsTheStandardOutput() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Cli.Run r = Cli.run("export", "--format", "csv", "--db", db.toString(), "-o", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("event_id,date,"), r.out());
        assertTrue(r.err().contains("written to the standard output"), r.err());
        assertFalse(Files.exists(cwd.resolve("-")), "no file named -");
        Path article = Files.writeString(tmp.resolve("a.txt"), "Le président brésilien a rencontré mardi à Brasília le Premier ministre indien.\n");
        Cli.Run x = Cli.run("extract", "--no-parse", article.toString(), "-o", "-");
        assertEquals(0, x.code(), x.err());
        assertTrue(x.out().contains("\"type\":\"MEET\""), x.out());
        assertFalse(Files.exists(cwd.resolve("-")));
    }

    @Test
    void aRegularFileIsReplacedWholeAndNoTemporaryFileStays() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        Path file = Files.writeString(dir.resolve("events.jsonl"), "old\n");
        Cli.Run r = Cli.run("export", "--format", "jsonl", "--db", db.toString(), "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(file).startsWith("{\"id\":"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the export is left in the folder");
        }
        Cli.Run d = Cli.run("export", "--format", "csv", "--db", db.toString(), "-o", dir.toString());
        assertEquals(2, d.code(), d.err());
        assertTrue(d.err().contains("is a directory"), d.err());
    }
}
