package org.entente.web;

import org.entente.actors.ActorBase;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.InputProblem;
import org.entente.pipeline.ArticleBudget;
import org.entente.pipeline.ArticleResult;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import org.entente.store.ArticleWriter;
import org.entente.store.Store;


import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Articles posted to the API, run through the same pipeline and {@link ArticleWriter} as
 * {@code entente ingest}. The pipeline is built on the first post (CoreNLP is heavy and most
 * servers only read); posts are handled one at a time, since the store has a single writer.
 */
final class Ingestor implements AutoCloseable {
    /** What became of one posted article. */
    record Outcome(String id, String result, int events, String problem) {
    }

    private static final int BATCH = 64;
    /**
     * How long one post may hold the server's only ingest lane: articles not done by then are
     * answered "skipped", so one hostile body cannot keep every other writer waiting.
     */
    static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

    private final Store store;
    private final Supplier<Pipeline> pipelines;
    private final Duration requestLimit;
    private Pipeline pipeline;
    private ArticleWriter writer;

    Ingestor(Store store, Supplier<Pipeline> pipelines) {
        this(store, pipelines, REQUEST_LIMIT);
    }

    Ingestor(Store store, Supplier<Pipeline> pipelines, Duration requestLimit) {
        this.store = store;
        this.pipelines = pipelines;
        this.requestLimit = requestLimit;
    }

    /**
     * @param contentType the request's media type: text/plain, text/html, or JSON lines
     *                    (application/x-ndjson, application/jsonl, application/json)
     * @param id          the article id for text and HTML bodies, or null for one derived from the content
     */
    synchronized List<Outcome> ingest(String contentType, byte[] body, String id) {
        String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        String articleId = id == null || id.isBlank() ? "post-" + digest(body) : id;
        // A body is read exactly as a file of its kind would be, so posting and `ingest` agree.
        String extension = switch (type) {
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "application/x-ndjson", "application/jsonl", "application/json", "application/jsonlines" -> ".jsonl";
            default -> throw new UnsupportedType(type);
        };
        long deadline = System.nanoTime() + requestLimit.toNanos();
        List<Article> articles = new ArrayList<>();
        List<Outcome> out = new ArrayList<>();
        new ArticleSource().read(articleId + extension, "post", new ByteArrayInputStream(body), null, articles::add,
                (InputProblem p) -> out.add(new Outcome(null, p.skipped() ? "skipped" : "warning", 0,
                        (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message())));
        for (Article a : articles) {
            if (a.text().isBlank()) {
                out.add(new Outcome(a.id(), "skipped", 0, "no article text left after removing page furniture"));
                continue;
            }
            if (writer().isStored(a)) {
                out.add(new Outcome(a.id(), "unchanged", 0, null));
                continue;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                out.add(new Outcome(a.id(), "skipped", 0, "the request's time limit (" + requestLimit.toSeconds()
                        + " s) was reached before this article: post it again, alone"));
                continue;
            }
            // The runner isolates the article (a failure or a run past the time left names it
            // and skips it), as `ingest` does for every article.
            List<InputProblem> problems = new ArrayList<>();
            List<ArticleResult> results = new ArrayList<>();
            new Runner(pipeline, 1, new ArticleBudget(left, 0)).streamArticles(List.of(a), results::add, problems::add);
            if (results.isEmpty()) {
                out.add(new Outcome(a.id(), "skipped", 0, problems.isEmpty() ? "not processed" : problems.get(0).message()));
                continue;
            }
            ArticleResult result = results.get(0);
            try {
                var outcome = writer.write(result);
                out.add(new Outcome(a.id(), outcome == ArticleWriter.Outcome.ADDED ? "added" : "replaced",
                        result.events().size(), null));
            } catch (ArticleWriter.ArticleRejected e) {
                out.add(new Outcome(a.id(), "skipped", 0, e.problem().message()));
            }
        }
        if (writer != null) {
            // The answer says "added": it must be true, and readers must see it, before the answer leaves.
            writer.flush();
            writer.drainFailures(p -> System.err.println("entente: " + p.report()));
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private ArticleWriter writer() {
        if (writer == null) {
            pipeline = pipelines.get();
            // A post of many JSON lines is written in transactions of up to BATCH articles, as `ingest` does.
            writer = new ArticleWriter(store, ActorBase.configured(), BATCH, 0);
        }
        return writer;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body in a format the ingest does not read. */
    static final class UnsupportedType extends RuntimeException {
        UnsupportedType(String type) {
            super("unsupported Content-Type " + type + ": send text/plain, text/html or JSON lines (application/x-ndjson)");
        }
    }
}
