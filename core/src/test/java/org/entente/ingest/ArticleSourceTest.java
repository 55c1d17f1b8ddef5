package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private static final String HEADLINE = "Deux capitales signent un accord sur la pêche";
    private static final String PARA = "Le traité, négocié pendant trois ans, fixe des quotas communs pour l'été.";

    private int read(ArticleSource source, Path... paths) {
        return source.read(List.of(paths), articles::add, problems::add);
    }

    private int read(Path... paths) {
        return read(new ArticleSource(), paths);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    // ------------------------------------------------------------------ text files

    @Test
    void textFileKeepsHeadlineInTextAndUsesItAsTitle() throws IOException {
        Path p = write("dépêche-01.txt", HEADLINE + "\n\n" + PARA + "\n");
        assertEquals(1, read(p));
        Article a = articles.get(0);
        assertEquals("dépêche-01", a.id());
        assertEquals(p.toString(), a.origin());
        assertEquals(HEADLINE, a.title());
        assertEquals(HEADLINE + "\n\n" + PARA, a.text());
        assertTrue(problems.isEmpty());
    }

    @Test
    void firstLineEndingWithPeriodIsNotATitle() throws IOException {
        read(write("a.txt", PARA + "\n" + PARA));
        assertNull(articles.get(0).title());
    }

    @Test
    void taglineAboveTheHeadlineIsNotTheTitle() throws IOException {
        read(write("b.txt", "Le journal qui vous informe\n\n" + HEADLINE + "\n\n" + PARA + "\n" + PARA));
        assertEquals(HEADLINE, articles.get(0).title());
        assertTrue(articles.get(0).text().startsWith("Le journal qui vous informe\n\n" + HEADLINE));
    }

    @Test
    void singleLineTextHasNoTitle() throws IOException {
        read(write("c.txt", "Un accord signé hier"));
        assertNull(articles.get(0).title());
    }

    @Test
    void windows1252AndLatin1AreDecodedWithoutMangling() throws IOException {
        String text = "Cœur de l’accord : « Élan » pour l'été, déjà signé à Besançon.";
        Path cp1252 = write("cp.txt", text.getBytes(Charset.forName("windows-1252")));
        String latin = "Français, où êtes-vous ? Ça dépend de l'hôtel.";
        Path latin1 = write("latin.txt", latin.getBytes(StandardCharsets.ISO_8859_1));
        read(cp1252, latin1);
        assertEquals(text, articles.get(0).text());
        assertEquals(latin, articles.get(1).text());
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void utf8BomIsStripped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(PARA.getBytes(StandardCharsets.UTF_8));
        read(write("bom.txt", out.toByteArray()));
        assertEquals(PARA, articles.get(0).text());
    }

    @Test
    void emptyBinaryAndOversizeFilesAreReportedOnceEach() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", "  \n\n ");
        byte[] binary = new byte[200];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Path bin = write("image.txt", binary);
        Path big = write("big.txt", PARA.repeat(10));
        Path good = write("good.txt", PARA);
        ArticleSource small = new ArticleSource(IngestOptions.defaults().withMaxBytes(300));
        assertEquals(1, read(small, empty, blank, bin, big, good));
        assertEquals(PARA, articles.get(0).text());
        assertEquals(4, problems.size(), problems::toString);
        assertEquals(empty.toString(), problems.get(0).origin());
        assertTrue(problems.get(0).message().contains("empty"));
        assertTrue(problems.get(1).message().contains("empty"));
        assertTrue(problems.get(2).message().contains("binary"));
        assertTrue(problems.get(3).message().contains("too large"));
        assertEquals(0, problems.get(3).line());
    }

    @Test
    void controlCharacterGarbageWithoutNulIsBinary() throws IOException {
        byte[] junk = new byte[100];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + i % 8);
        }
        read(write("junk.txt", junk));
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).message().contains("binary"));
    }

    @Test
    void onlyFurnitureLeavesAProblem() throws IOException {
        read(write("menu.txt", "Partagez cet article\nNewsletter\n.\n"));
        assertTrue(articles.isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("no article text"));
    }

    // ------------------------------------------------------------------ paths and directories

    @Test
    void missingPathAndUnknownExplicitExtensionAreProblems() throws IOException {
        Path pdf = write("rapport.pdf", "whatever");
        read(dir.resolve("absent.txt"), pdf);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().contains("no such file"));
        assertTrue(problems.get(1).message().contains("unsupported file type"));
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrderSkippingOtherFiles() throws IOException {
        write("corpus/b.txt", "B. " + PARA);
        write("corpus/a.txt", "A. " + PARA);
        write("corpus/notes.pdf", "ignored");
        write("corpus/sub/c.html", "<html><body><p>C. " + PARA + "</p></body></html>");
        write("corpus/sub/deeper/d.jsonl", "{\"id\":\"d1\",\"text\":\"D. " + PARA + "\"}\n");
        write("corpus/.hidden.txt", "hidden");
        assertEquals(4, read(dir.resolve("corpus")));
        assertEquals(List.of("a", "b", "sub/c", "d1"), articles.stream().map(Article::id).toList(),
                "ids are paths relative to the argument; a JSONL id field is kept as written");
        assertTrue(problems.isEmpty(), problems::toString);
    }

    // ------------------------------------------------------------------ HTML

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <meta charset="utf-8">
              <title>Accord sur la pêche | Le Quotidien Test</title>
              <meta property="og:title" content="Accord sur la pêche entre deux capitales">
              <meta property="og:site_name" content="Le Quotidien Test">
              <link rel="canonical" href="https://exemple.test/monde/accord-peche">
              <meta property="article:published_time" content="2023-04-05T09:30:00+02:00">
              <script>var tracking = "Ceci n'est pas du texte";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
              <div class="layout">
                <aside><p>Publicité pour un produit qui n'a rien à voir avec la diplomatie.</p></aside>
                <div class="content">
                  <h1>Accord sur la pêche entre deux capitales</h1>
                  <p class="dateline">Publié le 5 avril 2023 à 09h30</p>
                  <p>Les deux gouvernements ont signé mardi un accord sur la pêche côtière, après trois ans de discussions.</p>
                  <p>Le texte prévoit des <b>quotas communs</b> et un comité
                     de suivi qui se réunira chaque année.</p>
                  <ul><li>Premier point du plan d'action commun aux deux pays.</li></ul>
                  <div class="share-buttons">Partager sur Facebook</div>
                </div>
              </div>
              <div id="comments"><p>Un lecteur : je trouve cet accord très décevant pour les pêcheurs.</p></div>
              <form><input name="q"> Rechercher</form>
              <footer><p>Mentions légales et conditions d'utilisation du site d'information.</p></footer>
            </body></html>
            """;

    @Test
    void htmlMainTextAndMetadata() throws IOException {
        read(write("page.html", PAGE));
        assertTrue(problems.isEmpty(), problems::toString);
        Article a = articles.get(0);
        assertEquals("page", a.id());
        assertEquals("Accord sur la pêche entre deux capitales", a.title());
        assertEquals("https://exemple.test/monde/accord-peche", a.url());
        assertEquals("Le Quotidien Test", a.source());
        assertEquals(List.of("2023-04-05T09:30:00+02:00", "Publié le 5 avril 2023 à 09h30"), a.dateHints());
        assertEquals("Les deux gouvernements ont signé mardi un accord sur la pêche côtière, après trois ans de discussions.\n"
                + "Le texte prévoit des quotas communs et un comité de suivi qui se réunira chaque année.\n"
                + "Premier point du plan d'action commun aux deux pays.", a.text());
    }

    @Test
    void htmlPrefersArticleElementTimeAndAgencyDateline() throws IOException {
        String html = "<html><head><title>Sommet régional</title>"
                + "<meta property=\"og:url\" content=\"https://exemple.test/sommet\">"
                + "<meta property=\"og:site_name\" content=\"Portail Test\"></head><body>"
                + "<div><p>Un encadré promotionnel assez long pour ressembler à un paragraphe de texte.</p></div>"
                + "<article><header><time datetime=\"2022-11-02\">2 novembre</time></header>"
                + "<p>AFP | 02.11.2022 14h05</p>"
                + "<p>Les dirigeants de la région se sont retrouvés pour un sommet consacré à l'eau.</p>"
                + "<p>Ils ont adopté une déclaration commune sur le partage des fleuves.</p></article>"
                + "</body></html>";
        read(write("sommet.htm", html));
        Article a = articles.get(0);
        assertEquals("Sommet régional", a.title());
        assertEquals("https://exemple.test/sommet", a.url());
        assertEquals("AFP", a.source(), "the agency of the dateline beats the site name");
        assertEquals(List.of("2022-11-02", "AFP | 02.11.2022 14h05"), a.dateHints());
        assertEquals("Les dirigeants de la région se sont retrouvés pour un sommet consacré à l'eau.\n"
                + "Ils ont adopté une déclaration commune sur le partage des fleuves.", a.text());
    }

    @Test
    void htmlFurnitureBlocksInsideTheArticleAreRemoved() throws IOException {
        String html = "<html><body><article><p>Le premier paragraphe de l'article est assez long pour compter.</p>"
                + "<div class=\"related-posts\"><p>Un autre article recommandé avec une phrase assez longue.</p></div>"
                + "<div id=\"comment-list\"><p>Un commentaire de lecteur assez long pour ressembler à du texte.</p></div>"
                + "<figure><img src=x.jpg><figcaption>Les délégations posent pour la photo officielle.</figcaption></figure>"
                + "<p>Le second paragraphe<br>continue après un saut de ligne.</p></article></body></html>";
        read(write("furniture.html", html));
        assertEquals("Le premier paragraphe de l'article est assez long pour compter.\n"
                + "Le second paragraphe\ncontinue après un saut de ligne.", articles.get(0).text());
    }

    @Test
    void htmlDeclaredLatin1CharsetIsHonoured() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Réunion à Séville : l'été sera décisif.</p></body></html>";
        read(write("latin.html", html.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("Réunion à Séville : l'été sera décisif.", articles.get(0).text());
    }

    @Test
    void brokenHtmlStillYieldsTextAndEmptyHtmlIsReported() throws IOException {
        Path broken = write("broken.html", "<html><body><div><p>Un accord a été conclu <b>mardi soir<p>Deuxième "
                + "paragraphe sans fermeture <i>ni fin");
        Path hollow = write("hollow.html", "<html><head><script>x()</script></head><body><nav>Menu</nav>"
                + "<img src=a.png></body></html>");
        read(broken, hollow);
        assertEquals(1, articles.size());
        assertEquals("Un accord a été conclu mardi soir\nDeuxième paragraphe sans fermeture ni fin", articles.get(0).text());
        assertEquals(1, problems.size());
        assertEquals(hollow.toString(), problems.get(0).origin());
    }

    // ------------------------------------------------------------------ JSONL

    @Test
    void jsonlBadLinesAreReportedWithLineNumbersAndOthersRead() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"n1\",\"url\":\"https://exemple.test/1\",\"title\":\"Titre un\",\"published\":\"2021-06-01\","
                        + "\"text\":\"Le premier article parle d'un accord.\\nPublié le 1 juin 2021 à 08h00\"}",
                "ceci n'est pas du JSON",
                "",
                "{\"id\":\"n3\",\"title\":\"Sans corps\"}",
                "[1, 2]",
                "{\"title\":\"Sans identifiant\",\"text\":\"Le cinquième article parle d'une visite.\"}");
        Path p = write("flux.jsonl", jsonl);
        assertEquals(2, read(p));
        Article first = articles.get(0);
        assertEquals("n1", first.id());
        assertEquals(p + ":1", first.origin());
        assertEquals("https://exemple.test/1", first.url());
        assertEquals("Titre un", first.title());
        assertEquals(List.of("2021-06-01", "Publié le 1 juin 2021 à 08h00"), first.dateHints());
        assertEquals("Le premier article parle d'un accord.", first.text());
        assertEquals("flux-6", articles.get(1).id());
        assertEquals("Sans identifiant", articles.get(1).title());
        assertEquals(List.of(2, 4, 5), problems.stream().map(InputProblem::line).toList());
        problems.forEach(pr -> assertEquals(p.toString(), pr.origin()));
        assertTrue(problems.get(1).message().contains("\"text\" or \"html\""));
        assertTrue(problems.get(0).toString().startsWith(p + ":2: "));
    }

    @Test
    void gzipJsonlWithHtmlPayload() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(("{\"id\":\"g1\",\"html\":\"<html><head><title>Page titre</title></head><body><nav>Menu</nav>"
                    + "<p>Une visite officielle a eu lieu hier dans la capitale.</p></body></html>\"}\n"
                    + "{\"id\":\"g2\",\"title\":\"Titre donné\",\"text\":\"Un appel téléphonique a eu lieu.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path p = write("archive.jsonl.gz", bytes.toByteArray());
        assertEquals(2, read(p));
        assertEquals("g1", articles.get(0).id());
        assertEquals("Page titre", articles.get(0).title());
        assertEquals("Une visite officielle a eu lieu hier dans la capitale.", articles.get(0).text());
        assertEquals("Titre donné", articles.get(1).title());
        assertEquals("Un appel téléphonique a eu lieu.", articles.get(1).text(), "JSONL titles are not prepended");
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void gzipJsonlWithoutIdsUsesFileNameWithoutBothExtensions() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("{\"text\":\"Un texte sans identifiant.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        read(write("lot.jsonl.gz", bytes.toByteArray()));
        assertEquals("lot-1", articles.get(0).id());
    }

    @Test
    void oversizeJsonlLineIsSkippedAndReported() throws IOException {
        String small = "{\"id\":\"s\",\"text\":\"Court.\"}";
        String large = "{\"id\":\"l\",\"text\":\"" + "x".repeat(500) + "\"}";
        Path p = write("mix.jsonl", small + "\n" + large + "\n" + small.replace("\"s\"", "\"t\""));
        read(new ArticleSource(IngestOptions.defaults().withMaxBytes(100)), p);
        assertEquals(List.of("s", "t"), articles.stream().map(Article::id).toList());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("too large"));
    }

    @Test
    void emptyJsonlFileIsReported() throws IOException {
        Path p = write("vide.jsonl", "\n  \n");
        read(p);
        assertEquals(List.of(new InputProblem(p.toString(), 0, "empty file")), problems);
    }

    @Test
    void latin1JsonlLineIsDecoded() throws IOException {
        byte[] line = "{\"id\":\"e\",\"text\":\"Élection à Genève.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        read(write("latin.jsonl", line));
        assertEquals("Élection à Genève.", articles.get(0).text());
    }

    @Test
    void binaryFileNamedJsonlIsOneProblem() throws IOException {
        byte[] junk = new byte[4000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 251);
        }
        read(write("junk.jsonl", junk));
        assertTrue(articles.isEmpty());
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void jsonlFromStreamDetectsGzip() throws IOException {
        String line = "{\"text\":\"Une déclaration commune a été publiée.\"}\n";
        ArticleSource source = new ArticleSource();
        source.readJsonl(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "stdin",
                articles::add, problems::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(line.getBytes(StandardCharsets.UTF_8));
        }
        source.readJsonl(new ByteArrayInputStream(bytes.toByteArray()), "stdin", articles::add, problems::add);
        assertEquals(2, articles.size());
        assertEquals("stdin-1", articles.get(0).id());
        assertEquals("stdin:1", articles.get(0).origin());
        assertEquals(articles.get(0).text(), articles.get(1).text());
        assertFalse(articles.get(0).text().isEmpty());
    }

    @Test
    void streamNamedLikeAFileReadsAsThatFileWould() throws IOException {
        String page = "<html><head><title>" + HEADLINE + "</title></head><body><article><p>" + PARA
                + "</p></article></body></html>";
        Path file = write("page-7.html", page);
        read(file);
        ArticleSource source = new ArticleSource();
        assertEquals(1, source.read("page-7.html", "warc#7", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                "https://example.org/page-7", articles::add, problems::add));
        assertEquals(2, articles.size(), problems::toString);
        Article fromFile = articles.get(0);
        Article fromStream = articles.get(1);
        assertEquals(fromFile.id(), fromStream.id());
        assertEquals(fromFile.text(), fromStream.text());
        assertEquals(fromFile.title(), fromStream.title());
        assertEquals("warc#7", fromStream.origin());
        assertEquals("https://example.org/page-7", fromStream.url());

        String line = "{\"id\":\"x\",\"text\":\"" + PARA + "\"}\n";
        assertEquals(1, source.read("lot.jsonl", "lot", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                null, articles::add, problems::add));
        assertEquals("x", articles.get(2).id());
        assertEquals(0, source.read("notes.pdf", "notes", new ByteArrayInputStream(new byte[0]), null,
                articles::add, problems::add));
        assertEquals(1, problems.size(), "an unknown format is one problem");
    }

    // ------------------------------------------------------------------ ids and stray bytes

    @Test
    void collidingIdsAreNamedAndMadeUniqueTheSameWayOnEveryRun() throws IOException {
        write("corpus/a/x.txt", "A. " + PARA);
        write("corpus/b/x.txt", "B. " + PARA);
        write("corpus/a/y.txt", "Y. " + PARA);
        write("corpus/a/y.html", "<html><body><p>Autre. " + PARA + "</p></body></html>");
        write("corpus/lot.jsonl", "{\"id\":\"d\",\"text\":\"D1. " + PARA + "\"}\n"
                + "{\"id\":\"d\",\"text\":\"D2. " + PARA + "\"}\n"
                + "{\"id\":\"d\",\"text\":\"D1. " + PARA + "\"}\n");
        Path x = dir.resolve("corpus/a/x.txt");
        Path alsoX = dir.resolve("corpus/b/x.txt");
        assertEquals(8, read(dir.resolve("corpus"), x, alsoX));
        List<String> ids = articles.stream().map(Article::id).toList();
        assertEquals(List.of("a/x", "a/y", "a/y~", "b/x", "d", "d~", "x", "x~"),
                ids.stream().map(id -> id.replaceAll("~[0-9a-f]{12}$", "~")).toList(), ids::toString);
        // Named on stderr: the id, where it was first taken, what became of the second article.
        String said = problems.toString();
        assertTrue(problems.stream().noneMatch(InputProblem::skipped), said);
        assertTrue(said.contains("lot.jsonl:2") && said.contains("id \"d\" already taken by") && said.contains("lot.jsonl:1"), said);
        assertTrue(said.contains("lot.jsonl:3") && said.contains("same article as"), said);
        assertTrue(said.contains("y.txt") && said.contains("\"a/y\" already taken"), said);

        List<String> first = ids;
        articles.clear();
        problems.clear();
        read(dir.resolve("corpus"), x, alsoX);
        assertEquals(first, articles.stream().map(Article::id).toList(), "the same arguments give the same ids");
    }

    @Test
    void aUtf8FileWithAStrayByteStaysUtf8AndTheByteIsNamed() throws IOException {
        byte[] good = ("Coopération renforcée\nLa coopération entre les deux États a été saluée à Pékin. ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 4);
        bytes[good.length] = (byte) 0xE9; // one Windows-1252 "é" typed into a UTF-8 file
        bytes[good.length + 1] = 't';
        bytes[good.length + 2] = 'e';
        bytes[good.length + 3] = '.';
        Path p = write("egare.txt", bytes);
        assertEquals(1, read(p));
        Article a = articles.get(0);
        assertTrue(a.text().contains("coopération entre les deux États"), a.text());
        assertTrue(a.text().contains("\uFFFDte."), a.text());
        assertEquals(1, problems.size(), problems::toString);
        InputProblem w = problems.get(0);
        assertFalse(w.skipped());
        assertEquals(p.toString(), w.origin());
        assertTrue(w.message().contains("byte " + good.length), w.message());
        assertTrue(w.report().startsWith("warning: "), w.report());
    }

    @Test
    void aStrayByteOnAJsonlLineIsNamedWithItsLine() throws IOException {
        String ok = "{\"id\":\"n1\",\"text\":\"Coopération signée à Pékin. " + PARA + "\"}\n";
        byte[] second = "{\"id\":\"n2\",\"text\":\"Coopération renforcée à Brasília X.\"}\n".getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (second[at] != 'X') {
            at++;
        }
        second[at + 1] = (byte) 0xFF; // the byte after X (a "." in the file) replaced by one that is never UTF-8
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(ok.getBytes(StandardCharsets.UTF_8));
        all.write(second);
        Path p = write("flux.jsonl", all.toByteArray());
        assertEquals(2, read(p));
        assertTrue(articles.get(1).text().contains("Coopération renforcée à Brasília X\uFFFD"), articles.get(1).text());
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(2, problems.get(0).line());
        assertFalse(problems.get(0).skipped());
    }

    @Test
    void aPageOfFiftyThousandNestedDivsKeepsItsTextAndCostsWhatItsSizeDoes() throws IOException {
        String para = "Les deux ministres ont signé mardi un accord de coopération sur la pêche côtière.";
        Path deep = write("profond.html", "<html><head><title>Profond</title></head><body>" + "<div class=\"bloc\">".repeat(50_000)
                + "<p>" + para + "</p>" + "</div>".repeat(50_000) + "<time datetime=\"2023-04-05\"></time></body></html>");
        long start = System.nanoTime();
        assertEquals(1, read(deep), problems::toString);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(para, articles.get(0).text().strip());
        assertEquals(List.of("2023-04-05"), articles.get(0).dateHints());
        // Quadratic in the depth this took 40 s; linear it takes well under a second.
        assertTrue(seconds < 10, seconds + " s");
    }
}
