package org.entente.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("x.duckdb");
        Cli.Run r = run("ingest", "--no-parse", EXAMPLES.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void searchPrintsMarkedSentencesAndTheEventsTheyReport() {
        Cli.Run r = run("search", "visioconference", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[[visioconférence]]"), r.out());
        assertTrue(r.out().contains("CALL"), r.out());
        assertTrue(Files.isDirectory(tmp.resolve("x.duckdb.lucene")), "the index lives beside the store");
        Cli.Run bad = run("search", "Chine AND (", "--db", db.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("entente: cannot read the search query"), bad.err());
    }

    @Test
    void dossierTakesCodesOrNamesAndSaysWhenThereIsNothing() {
        Cli.Run r = run("dossier", "Chine", "brazil", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Relationship dossier: Brazil – China (BRA–CHN)"), r.out());
        Cli.Run none = run("dossier", "NOR", "la Norvège", "--db", db.toString());
        assertEquals(2, none.code(), "the same state twice");
        Cli.Run empty = run("dossier", "NOR", "PER", "--db", db.toString(), "--format", "html");
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().contains("no event between Norway and Peru"), empty.out());
        Cli.Run unknown = run("dossier", "CHN", "Atlantide", "--db", db.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown state \"Atlantide\""), unknown.err());
    }
}
