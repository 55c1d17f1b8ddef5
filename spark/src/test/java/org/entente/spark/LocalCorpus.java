package org.entente.spark;

import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.InputProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The generated corpus read on one machine, without Spark, in name order (the Runner's order). */
final class LocalCorpus {
    private LocalCorpus() {
    }

    static List<Article> read(Path dir, List<InputProblem> problems) {
        List<Article> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader(new ArticleSource());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    reader.read(f.getFileName().toString(), f.toString(), in, out::add, problems::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
