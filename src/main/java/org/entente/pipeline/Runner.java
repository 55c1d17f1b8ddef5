package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.ingest.Article;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the pipeline over many inputs on several threads. Articles are read one at a time and at
 * most a few per thread are in flight, so memory stays bounded by the events kept, not by the
 * input size. Results keep input order, so output is the same whatever the thread count.
 */
public final class Runner {
    /** Called now and then with the number of articles done, for progress display. */
    public interface Progress {
        void articlesDone(long n);
    }

    /** What a run produced. */
    public record Result(List<Event> events, RunStats stats) {
    }

    /** Undated articles kept for a second reading; beyond this many, later ones keep their first reading. */
    private static final int MAX_UNDATED_KEPT = 20_000;

    private final Pipeline pipeline;
    private final int threads;

    public Runner(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Result run(List<Path> inputs, Consumer<InputProblem> problems, Progress progress) {
        long start = System.nanoTime();
        AtomicLong problemCount = new AtomicLong();
        Consumer<InputProblem> counting = p -> {
            problemCount.incrementAndGet();
            problems.accept(p);
        };
        List<Future<ArticleResult>> futures = new ArrayList<>();
        List<Event> reports = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        long[] totals = new long[4]; // articles, bytes, sentences, parsed
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            pipeline.reader().read(inputs, article -> {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        return pipeline.process(article);
                    } finally {
                        inFlight.release();
                    }
                }));
                drainDone(futures, reports, totals, problems, progress, false, undated);
            }, counting);
            drainDone(futures, reports, totals, problems, progress, true, undated);
        } finally {
            pool.shutdownNow();
        }
        List<Event> merged = redate(pipeline.mergeAcross(reports), reports, undated);
        RunStats stats = new RunStats(totals[0], totals[1], totals[2], totals[3], reports.size(), merged.size(),
                problemCount.get(), System.nanoTime() - start);
        return new Result(merged, stats);
    }

    /**
     * Articles without a publication date whose events other articles date are read again with
     * that date as their anchor, so "l'an dernier" or "l'année prochaine" resolve in them too.
     */
    private List<Event> redate(List<Event> merged, List<Event> reports, List<Article> undated) {
        if (undated.isEmpty()) {
            return merged;
        }
        var anchors = CrossArticleDating.anchors(merged, undated.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()));
        if (anchors.isEmpty()) {
            return merged;
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : reports) {
            if (!anchors.containsKey(e.mentions().get(0).doc())) {
                kept.add(e);
            }
        }
        for (Article a : undated) {
            if (anchors.containsKey(a.id())) {
                kept.addAll(pipeline.process(a, anchors.get(a.id())).events());
            }
        }
        return pipeline.mergeAcross(kept);
    }

    private static void drainDone(List<Future<ArticleResult>> futures, List<Event> reports, long[] totals,
                                  Consumer<InputProblem> problems, Progress progress, boolean all) {
        drainDone(futures, reports, totals, problems, progress, all, null);
    }

    /** Collects finished results in submission order; with {@code all}, waits for every one. */
    private static void drainDone(List<Future<ArticleResult>> futures, List<Event> reports, long[] totals,
                                  Consumer<InputProblem> problems, Progress progress, boolean all, List<Article> undated) {
        while (!futures.isEmpty() && (all || futures.get(0).isDone())) {
            Future<ArticleResult> f = futures.remove(0);
            try {
                ArticleResult r = f.get();
                reports.addAll(r.events());
                if (undated != null && r.facts().published() == null && !r.events().isEmpty() && undated.size() < MAX_UNDATED_KEPT) {
                    undated.add(r.facts().article());
                }
                totals[0]++;
                totals[1] += r.facts().article().text().length();
                totals[2] += r.sentences();
                totals[3] += r.sentencesParsed();
                if (progress != null) {
                    progress.articlesDone(totals[0]);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                // A bug on one article must not lose the run: say which article and go on.
                problems.accept(new InputProblem("(article)", 0, "processing failed: " + e.getCause()));
            }
        }
    }

    /** Runs the pipeline on articles already in memory (tests, benchmarks). */
    public Result runArticles(List<Article> articles) {
        long start = System.nanoTime();
        List<Event> reports = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        long[] totals = new long[4];
        List<Future<ArticleResult>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.process(a)));
            }
            drainDone(futures, reports, totals, p -> { }, null, true, undated);
        } finally {
            pool.shutdownNow();
        }
        List<Event> merged = redate(pipeline.mergeAcross(reports), reports, undated);
        return new Result(merged, new RunStats(totals[0], totals[1], totals[2], totals[3], reports.size(),
                merged.size(), 0, System.nanoTime() - start));
    }
}
