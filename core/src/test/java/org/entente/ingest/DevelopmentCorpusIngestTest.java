package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties the cleaner must have on real scraped pages, checked on the development articles
 * without relying on any of their content: nothing is rejected, and only short lines (furniture)
 * are ever removed, so no body paragraph is lost.
 */
class DevelopmentCorpusIngestTest {
    /** Longest line the rules may remove; body paragraphs of news articles are longer. */
    private static final int MAX_REMOVED_LINE = 160;

    @Test
    void developmentArticlesIngestWithoutLosingParagraphs() throws IOException {
        String shared = System.getProperty("entente.shared");
        assumeTrue(shared != null, "system property entente.shared not set; skipping corpus test");
        Path articlesDir = Path.of(shared, "corpus", "seeds", "articles");
        assumeTrue(Files.isDirectory(articlesDir), "no development corpus at " + articlesDir + "; skipping");

        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleSource().read(List.of(articlesDir), articles::add, problems::add);
        assertTrue(problems.isEmpty(), problems::toString);
        try (var files = Files.list(articlesDir)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".txt")).count(), articles.size());
        }
        for (Article a : articles) {
            String raw = Files.readString(Path.of(a.origin()));
            Set<String> kept = new HashSet<>(a.text().lines().toList());
            long rawChars = 0;
            for (String line : raw.split("\\R")) {
                String t = BoilerplateCleaner.trim(line);
                rawChars += t.length();
                if (!t.isEmpty() && !kept.contains(t)) {
                    assertTrue(t.length() <= MAX_REMOVED_LINE, a.id() + ": removed a long line: " + t);
                }
            }
            assertTrue(a.text().length() >= 0.8 * rawChars, a.id() + ": more than a fifth of the text removed");
            // Every kept line is verbatim from the source, so evidence can be quoted.
            for (String line : kept) {
                assertTrue(raw.contains(line), a.id() + ": line not verbatim in source: " + line);
            }
        }
    }
}
