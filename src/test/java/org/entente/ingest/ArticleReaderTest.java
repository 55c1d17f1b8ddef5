package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path... paths) {
        new ArticleReader(BoilerplateCleaner.load(), 1000).read(List.of(paths), articles::add, problems::add);
    }

    @Test
    void windows1252TextIsDecodedNotMangled(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ancien.txt");
        Files.write(f, "Le ministre a visité Nouméa et Besançon en février.".getBytes(Charset.forName("windows-1252")));
        read(f);
        assertEquals("Le ministre a visité Nouméa et Besançon en février.", articles.get(0).text());
        assertEquals("ancien", articles.get(0).id());
    }

    @Test
    void htmlKeepsTheArticleAndItsMetadataButNotThePageChrome(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, """
                <html><head><title>Titre de la page</title>
                <meta property="article:published_time" content="2024-05-06T10:00:00Z">
                <link rel="canonical" href="https://exemple.org/2024/05/06/page"></head>
                <body><nav>Accueil &gt; Monde</nav><article><h1>Un titre</h1><p>Première phrase du corps.</p>
                <p>Deuxième paragraphe.</p></article><footer>Mentions légales</footer>
                <script>alert(1)</script></body></html>""");
        read(f);
        Article a = articles.get(0);
        assertEquals("Titre de la page", a.title());
        assertEquals("https://exemple.org/2024/05/06/page", a.url());
        assertEquals("2024-05-06T10:00:00Z", a.dateHints().get(0));
        assertTrue(a.text().contains("Première phrase du corps.\n"), a.text());
        assertFalse(a.text().contains("Accueil") || a.text().contains("alert") || a.text().contains("Mentions"), a.text());
    }

    @Test
    void gzippedJsonLinesAreStreamedAndBadLinesNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lot.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(("{\"id\":\"x1\",\"published\":\"2023-01-02\",\"text\":\"Un texte.\"}\n"
                    + "[1,2]\n{\"id\":\"x3\"}\n{\"id\":\"x4\",\"html\":\"<p>Un autre texte.</p>\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        read(f);
        assertEquals(List.of("x1", "x4"), articles.stream().map(Article::id).toList());
        assertEquals(List.of("2023-01-02"), articles.get(0).dateHints());
        assertEquals(List.of(2, 3), problems.stream().map(InputProblem::line).toList());
    }

    @Test
    void emptyBinaryOversizeAndMissingInputsAreReportedOnce(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.write(dir.resolve("b.txt"), new byte[] {1, 0, 2, 0});
        Files.writeString(dir.resolve("c.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("d.txt"), "Un article lisible.");
        read(dir, dir.resolve("absent.txt"));
        assertEquals(1, articles.size());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(2).message().contains("too large"), problems.toString());
    }
}
