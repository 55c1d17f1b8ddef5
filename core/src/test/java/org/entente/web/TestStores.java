package org.entente.web;

import org.entente.actors.ActorBase;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.pipeline.Pipeline;
import org.entente.store.ArticleWriter;
import org.entente.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores for the web tests: the examples plus one hostile article, ingested with the parse-free
 * pipeline (no CoreNLP), built once per test JVM.
 */
final class TestStores {
    /** Id of the article whose title and text carry script payloads. */
    static final String HOSTILE_ID = "test-hostile";
    /** Would set the page title or a global if it ever ran. */
    static final String SCRIPT = "<script>window.__pwned=1;document.title='PWNED'</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2;document.title='PWNED'\">";

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.create(false);
    }

    private TestStores() {
    }

    static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    static Path examples() {
        return org.entente.pipeline.SharedCorpus.examples();
    }

    /** A fresh store in {@code dir} holding the examples and the hostile article. */
    static Store build(Path dir) throws IOException {
        Store store = Store.open(dir.resolve("web-test.duckdb"));
        ArticleWriter writer = new ArticleWriter(store, ActorBase.configured());
        List<Article> articles = new ArrayList<>();
        ArticleSource source = new ArticleSource();
        source.read(List.of(examples()), articles::add, p -> {
            throw new IllegalStateException(p.toString());
        });
        source.readJsonl(new ByteArrayInputStream(hostileLine().getBytes(StandardCharsets.UTF_8)), "hostile", articles::add, p -> {
            throw new IllegalStateException(p.toString());
        });
        for (Article a : articles) {
            writer.write(pipeline().process(a));
        }
        return store;
    }

    /** One article, written for these tests, whose event sentence itself carries the payloads. */
    static String hostileLine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", HOSTILE_ID);
        m.put("title", "Sommet " + SCRIPT + IMG + " à Paris");
        m.put("published", "2024-05-02");
        m.put("url", "javascript:alert(1)");
        m.put("text", "Le président français Emmanuel Macron a rencontré jeudi à Paris le président chinois Xi Jinping "
                + IMG + " pour parler de commerce " + SCRIPT + ".\n\nLes deux dirigeants ont ensuite dîné ensemble.");
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("entente-web");
    }
}
