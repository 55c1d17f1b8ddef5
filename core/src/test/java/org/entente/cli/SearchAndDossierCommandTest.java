package org.entente.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'search' and 'dossier' end to end on a store of the shipped examples. */
class SearchAndDossierCommandTest {
    private static final Path EXAMPLES = org.entente.pipeline.SharedCorpus.examples();
    @TempDir
    static Path tmp;
    private static Path db;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("x.duckdb");
        Run r = run("ingest", "--no-parse", EXAMPLES.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void searchPrintsMarkedSentencesAndTheEventsTheyReport() {
        Run r = run("search", "visioconference", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[[visioconférence]]"), r.out());
        assertTrue(r.out().contains("CALL"), r.out());
        assertTrue(Files.isDirectory(tmp.resolve("x.duckdb.lucene")), "the index lives beside the store");
        Run bad = run("search", "Chine AND (", "--db", db.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("entente: cannot read the search query"), bad.err());
    }

    @Test
    void dossierTakesCodesOrNamesAndSaysWhenThereIsNothing() {
        Run r = run("dossier", "Chine", "brazil", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Relationship dossier: Brazil – China (BRA–CHN)"), r.out());
        Run none = run("dossier", "NOR", "la Norvège", "--db", db.toString());
        assertEquals(2, none.code(), "the same state twice");
        Run empty = run("dossier", "NOR", "PER", "--db", db.toString(), "--format", "html");
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().contains("no event between Norway and Peru"), empty.out());
        Run unknown = run("dossier", "CHN", "Atlantide", "--db", db.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown state \"Atlantide\""), unknown.err());
    }
}
