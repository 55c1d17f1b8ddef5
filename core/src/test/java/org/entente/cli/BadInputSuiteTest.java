package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input a user or a tester has thrown at Entente, in one folder beside good
 * articles, through {@code extract} and {@code ingest} as a user runs them: each bad input is
 * named on stderr, the exit code says inputs were skipped (3), and every good article of the
 * same run is fully written.
 */
class BadInputSuiteTest {
    @TempDir
    static Path dir;
    static Path corpus;

    /** Articles that must come out with their event, by id. */
    static final Set<String> GOOD = Set.of("bon", "a", "b", "cp1252", "egare", "casse", "profond", "un/x", "deux/x", "d",
            "d~");

    record Run(int code, String err) {
    }

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("un"));
        Files.createDirectories(corpus.resolve("deux"));
        Files.createDirectories(corpus.resolve("boucle"));
        // Undated articles: leaders in office both on the days their sentences state and today.
        write("bon.txt", "Visite\nEmmanuel Macron a rencontré Xi Jinping à Pékin le 6 avril 2023.\n");
        // An event dated by a span of years, reported by a dated and an undated article: once the whole run's end.
        String span = "Emmanuel Macron a rencontré Xi Jinping à Pékin à plusieurs reprises entre 2017 et 2020.";
        write("a.jsonl", "{\"id\":\"a\",\"published\":\"2021-05-10\",\"text\":\"Accord\\n" + span + "\\n\"}\n");
        write("b.txt", "Rencontre\n" + span + "\n");
        Files.write(corpus.resolve("cp1252.txt"), ("Coopération\nLe président brésilien Lula a rencontré Xi Jinping à Pékin "
                + "le 14 avril 2023 pour une coopération renforcée.\n").getBytes(Charset.forName("windows-1252")));
        byte[] utf8 = ("Coopération\nNarendra Modi a rencontré Emmanuel Macron à New Delhi le 26 janvier 2024 pour évoquer la coopération. "
                + "Une phrase de plus.\n").getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 3] = (byte) 0xE9; // a Windows-1252 "é" in a UTF-8 file
        Files.write(corpus.resolve("egare.txt"), utf8);
        write("casse.html", "<html><body><div><p>Recep Tayyip Erdoğan a rencontré Vladimir Poutine à Sotchi le 4 septembre 2023.<div><b>suite");
        write("profond.html", "<html><body>" + "<div>".repeat(50_000)
                + "<p>Narendra Modi a rencontré Xi Jinping à Kazan le 23 octobre 2024.</p>" + "</div>".repeat(50_000));
        write("un/x.txt", "Visite\nEmmanuel Macron a rencontré Lula à Brasília le 28 mars 2024.\n");
        write("deux/x.txt", "Visite\nVladimir Poutine a rencontré Xi Jinping à Moscou le 21 mars 2023.\n");
        write("lot.jsonl", "{\"id\":\"d\",\"text\":\"Titre\\nEmmanuel Macron a rencontré Narendra Modi à New Delhi le 26 janvier 2024.\"}\n"
                + "{\"id\":\"d\",\"text\":\"Titre\\nLe président Lula a rencontré Xi Jinping à Pékin le 14 avril 2023.\"}\n"
                + "{pas du json\n");
        // The bad ones.
        Files.write(corpus.resolve("vide.txt"), new byte[0]);
        Files.write(corpus.resolve("binaire.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
        write("meubles.html", "<html><body><nav><a href=\"/\">Accueil</a></nav><footer>Mentions légales</footer></body></html>");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 200; i++) {
                out.write(("{\"id\":\"g" + i + "\",\"text\":\"Une ligne parmi d'autres, numéro " + i + ".\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Files.write(corpus.resolve("tronque.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        Files.createSymbolicLink(corpus.resolve("boucle/retour"), corpus.resolve("boucle"));
        Files.createSymbolicLink(corpus.resolve("boucle/racine"), corpus);
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("enorme.txt").toFile(), "rw")) {
            huge.setLength(100L * 1000 * 1000); // 100 MB, sparse: refused by its size, never read
        }
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute(args);
        } finally {
            System.setErr(oldErr);
        }
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    private static void assertEveryBadInputNamed(String err) {
        for (String[] named : new String[][] {
            {"vide.txt", "empty"}, {"binaire.txt", "binary"}, {"meubles.html", "no article text"},
            {"tronque.jsonl.gz", "truncated"}, {"enorme.txt", "too large"}, {"lot.jsonl:3", "not valid JSON"},
            {"egare.txt", "warning", "not valid UTF-8 at byte "}, {"lot.jsonl:2", "id \"d\" already taken"}}) {
            String line = err.lines().filter(l -> l.contains(named[0]) && l.contains(named[named.length - 1])).findFirst()
                    .orElse(null);
            assertTrue(line != null, () -> String.join(" ", named) + " not said in:\n" + err);
            assertTrue(Arrays.stream(named).allMatch(line::contains), line);
        }
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    }

    @Test
    void extractNamesEveryBadInputAndWritesEveryGoodArticle() throws IOException {
        Path out = dir.resolve("events.jsonl");
        Run r = run("extract", "--no-parse", corpus.toString(), "--out", out.toString());
        assertEquals(Main.SKIPPED_INPUT, r.code(), r.err());
        assertEveryBadInputNamed(r.err());
        Set<String> docs = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            for (JsonNode m : json.readTree(line).get("mentions")) {
                docs.add(m.get("doc").asText().replaceAll("~[0-9a-f]{12}$", "~"));
            }
        }
        assertEquals(new TreeSet<>(GOOD), docs, r.err());
        String spanEvent = Files.readAllLines(out).stream().filter(l -> l.contains("\"2017/2020\"")).findFirst().orElse("");
        assertTrue(spanEvent.contains("\"doc\":\"a\"") && spanEvent.contains("\"doc\":\"b\""), spanEvent);
        assertTrue(Files.readString(out).contains("coopération renforcée"), "Windows-1252 decoded");
    }

    @Test
    void ingestNamesEveryBadInputStoresEveryGoodArticleAndARerunChangesNothing() throws Exception {
        Path db = dir.resolve("store.duckdb");
        Run first = run("ingest", "--no-parse", corpus.toString(), "--db", db.toString());
        assertEquals(Main.SKIPPED_INPUT, first.code(), first.err());
        assertEveryBadInputNamed(first.err());
        String before = dump(db);
        Set<String> ids = new TreeSet<>();
        int truncated = 0;
        for (String id : before.split("\n")[0].split(",")) {
            if (id.matches("g\\d+")) {
                truncated++; // the lines of the truncated gzip before the damage: read, no event
            } else {
                ids.add(id.replaceAll("~[0-9a-f]{12}$", "~"));
            }
        }
        assertEquals(new TreeSet<>(GOOD), ids);
        assertTrue(truncated > 0 && truncated < 200, before);
        int stored = GOOD.size() + truncated;
        assertTrue(first.err().contains(stored + " articles added, 0 replaced, 0 already stored"), first.err());
        Run second = run("ingest", "--no-parse", corpus.toString(), "--db", db.toString());
        assertEquals(Main.SKIPPED_INPUT, second.code(), second.err());
        assertTrue(second.err().contains("0 articles added, 0 replaced, " + stored + " already stored"), second.err());
        assertEquals(before, dump(db), "the same arguments twice give the same store");
    }

    /** Article ids, then events (id, date, type), as the store holds them. */
    private static String dump(Path db) throws Exception {
        StringBuilder out = new StringBuilder();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT string_agg(id, ',' ORDER BY id) FROM articles")) {
                rs.next();
                out.append(rs.getString(1)).append('\n');
            }
            try (ResultSet rs = s.executeQuery("SELECT event_id, date, type FROM events ORDER BY event_id")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
