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
    /** Id of the article that reports one call in four sentences. */
    static final String FOUR_SENTENCES_ID = "test-four-sentences";
    /** Title of an article made of one unbroken 80-letter word, for layouts that must wrap it. */
    static final String LONG_TITLE = "Coopération" + "x".repeat(69);

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
        source.readJsonl(new ByteArrayInputStream(analystLines().getBytes(StandardCharsets.UTF_8)), "analyst", articles::add, p -> {
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

    /**
     * Articles written for the page tests: a China–Kazakhstan relationship whose events span 1992
     * to a visit planned for 2026, a summit of ten states, and a call reported in four sentences
     * of one article.
     */
    static String analystLines() {
        StringBuilder out = new StringBuilder();
        out.append(line("test-kaz-1992", "https://example.org/archives/1992/chine-kazakhstan", "Pékin et Almaty établissent des relations",
                "1992-01-04", "La Chine et le Kazakhstan ont établi des relations diplomatiques le 3 janvier 1992 à Pékin.\n"
                        + "Les deux pays ouvriront des ambassades dans leurs capitales."));
        out.append(line("test-kaz-2024", "https://example.org/monde/2024/07/03/xi-astana", LONG_TITLE, "2024-07-03",
                "Le président chinois Xi Jinping a rencontré mercredi à Astana le président kazakh Kassym-Jomart Tokaïev.\n"
                        + "La Chine et le Kazakhstan ont signé mercredi un accord sur le transport ferroviaire.\n"
                        + "Le président kazakh se rendra en Chine en 2026."));
        out.append(line("test-sco-2024", "https://example.org/monde/2024/07/04/sommet-ocs", "Sommet de l'OCS à Astana", "2024-07-04",
                "Le président chinois Xi Jinping, le président russe Vladimir Poutine et le Premier ministre indien Narendra Modi "
                        + "ont participé jeudi à Astana au sommet de l'Organisation de coopération de Shanghai avec les dirigeants de l'Iran, "
                        + "du Pakistan, du Kirghizstan, du Tadjikistan, de l'Ouzbékistan et de la Biélorussie.\n"
                        + "Le Kazakhstan assure la présidence de l'organisation."));
        out.append(line(FOUR_SENTENCES_ID, "https://example.org/monde/2024/03/12/macron-lula", "Macron et Lula au téléphone", "2024-03-12",
                "Le président français Emmanuel Macron s'est entretenu mardi au téléphone avec le président brésilien Luiz Inácio Lula da Silva.\n"
                        + "Au cours de cet entretien téléphonique, Emmanuel Macron et Lula ont parlé du climat.\n"
                        + "L'entretien téléphonique entre Emmanuel Macron et Lula a duré une heure.\n"
                        + "Selon l'Élysée, cet entretien téléphonique de Macron avec Lula était cordial."));
        return out.toString();
    }

    private static String line(String id, String url, String title, String published, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("url", url);
        m.put("title", title);
        m.put("published", published);
        m.put("text", text);
        try {
            return new ObjectMapper().writeValueAsString(m) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("entente-web");
    }
}
