package org.entente.cli;

import org.entente.events.EventType;
import org.entente.store.SanctionFixture;
import org.entente.store.Store;
import org.entente.store.TestIngest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'export' and 'events --type' on a store that holds SANCTION events. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    private static Path db;

    @BeforeAll
    static void store() {
        db = tmp.resolve("s.duckdb");
        try (Store store = Store.open(db)) {
            SanctionFixture.into(store, TestIngest.pipeline(), TestIngest.actors());
        }
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void csvAndParquetFilesHoldTheSanctionsWithTheirCodes() throws Exception {
        for (String format : List.of("csv", "PARQUET")) {
            Path file = tmp.resolve("out." + format.toLowerCase());
            Cli.Run r = run("export", "--format", format, "-o", file.toString(), "--db", db.toString());
            assertEquals(0, r.code(), r.err());
            String reader = format.equals("csv") ? "read_csv" : "read_parquet";
            // Read back by another DuckDB, as a user's tool would.
            List<String> got = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT cameo, goldstein, plover_type, coalesce(plover_mode, '-') FROM " + reader
                         + "('" + file.toString().replace("'", "''") + "') WHERE type = 'SANCTION' ORDER BY cameo")) {
                while (rs.next()) {
                    got.add(rs.getString(1) + " " + rs.getDouble(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            assertEquals(List.of("160 -4.0 SANCTION -", "161 -4.0 SANCTION withdraw", "163 -8.0 SANCTION restrict"), got, format);
        }
        Path jsonl = tmp.resolve("out.jsonl");
        assertEquals(0, run("export", "--format", "jsonl", "-o", jsonl.toString(), "--db", db.toString()).code());
        assertEquals(3, Files.readAllLines(jsonl).stream().filter(l -> l.contains("\"type\":\"SANCTION\"")).count());
    }

    @Test
    void eventsFiltersByTypeAndListsTheTypesItKnows() {
        Cli.Run r = run("events", "--type", "sanction", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.contains("SANCTION") && l.contains("FRA -> RUS")), r.out());

        Cli.Run bad = run("events", "--type", "SANCTIONS", "--db", db.toString());
        assertEquals(2, bad.code(), "a misspelt type is a usage error, not an empty answer");

        String help = run("events", "--help").out();
        for (EventType t : EventType.values()) {
            assertTrue(help.contains(t.name()), help);
        }
    }
}
