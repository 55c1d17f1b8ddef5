package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
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

    private final Pipeline pipeline;
    private final int threads;

    public Runner(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Result run(List<Path> inputs, Consumer<InputProblem> problems, Progress progress) {
        return run((sink, reported) -> pipeline.reader().read(inputs, sink, reported), problems, progress);
    }

    /**
     * Runs the pipeline article by article without merging across articles: each result goes to
     * {@code results} on the calling thread, in input order, as soon as it and every article
     * before it are done (the store commits them one by one).
     *
     * @param wanted articles it rejects are neither processed nor counted (already stored, say)
     * @return figures of the run; {@code reports} counts the per-article events handed over
     */
    public RunStats stream(List<Path> inputs, java.util.function.Predicate<Article> wanted, Consumer<ArticleResult> results,
                           Consumer<InputProblem> problems, Progress progress) {
        long start = System.nanoTime();
        Collected collected = new Collected(progress, results);
        process((sink, reported) -> pipeline.reader().read(inputs, a -> {
            if (wanted.test(a)) {
                sink.accept(a);
            }
        }, reported), problems, collected);
        return collected.stats(collected.reportCount, start);
    }

    /** Runs the pipeline on articles already in memory (tests, benchmarks). */
    public Result runArticles(List<Article> articles) {
        return run((sink, reported) -> articles.forEach(sink), p -> { }, null);
    }

    /**
     * @param source feeds the articles to the first consumer it is given, one at a time, and the
     *               inputs it cannot read to the second
     */
    private Result run(BiConsumer<Consumer<Article>, Consumer<InputProblem>> source, Consumer<InputProblem> problems,
                       Progress progress) {
        long start = System.nanoTime();
        Collected collected = new Collected(progress, null);
        process(source, problems, collected);
        List<Event> merged = redate(pipeline.mergeAcross(collected.reports), collected.reports, collected.undated);
        return new Result(merged, collected.stats(merged.size(), start));
    }

    /** Runs every article the source gives on the pool and hands results to {@code collected} in input order. */
    private void process(BiConsumer<Consumer<Article>, Consumer<InputProblem>> source, Consumer<InputProblem> problems,
                         Collected collected) {
        Consumer<InputProblem> counting = p -> {
            collected.problems++;
            problems.accept(p);
        };
        Deque<Future<ArticleResult>> futures = new ArrayDeque<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            source.accept(article -> {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        return pipeline.process(article);
                    } catch (RuntimeException e) {
                        throw new ArticleFailed(article.origin(), e);
                    } finally {
                        inFlight.release();
                    }
                }));
                collected.drain(futures, counting, false);
            }, counting);
            collected.drain(futures, counting, true);
        } finally {
            pool.shutdownNow();
        }
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
            if (!CrossArticleDating.rereads(e, anchors.keySet())) {
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

    /** A failure on one article, carrying where the article came from. */
    private static final class ArticleFailed extends RuntimeException {
        final String origin;

        ArticleFailed(String origin, RuntimeException cause) {
            super(cause);
            this.origin = origin;
        }
    }

    /**
     * What the finished articles of a run add up to, collected in submission order; or, with a
     * {@code downstream}, handed on one by one instead of kept.
     */
    private static final class Collected {
        final List<Event> reports = new ArrayList<>();
        final List<Article> undated = new ArrayList<>();
        final Progress progress;
        final Consumer<ArticleResult> downstream;
        long reportCount;
        long problems;
        long articles;
        long bytes;
        long sentences;
        long parsed;

        RunStats stats(long events, long startNanos) {
            return new RunStats(articles, bytes, sentences, parsed, reportCount, events, problems, System.nanoTime() - startNanos);
        }

        Collected(Progress progress, Consumer<ArticleResult> downstream) {
            this.progress = progress;
            this.downstream = downstream;
        }

        /** Takes the finished results at the head of the queue; with {@code all}, waits for every one. */
        void drain(Deque<Future<ArticleResult>> futures, Consumer<InputProblem> problems, boolean all) {
            while (!futures.isEmpty() && (all || futures.peekFirst().isDone())) {
                Future<ArticleResult> f = futures.pollFirst();
                try {
                    add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    // A bug on one article must not lose the run: say which article and go on.
                    String origin = e.getCause() instanceof ArticleFailed a ? a.origin : "(article)";
                    problems.accept(new InputProblem(origin, 0, "processing failed, skipped: " + e.getCause().getCause()));
                }
            }
        }

        private void add(ArticleResult r) {
            reportCount += r.events().size();
            if (downstream != null) {
                downstream.accept(r);
            } else {
                reports.addAll(r.events());
                if (r.facts().published() == null && !r.events().isEmpty() && undated.size() < CrossArticleDating.MAX_UNDATED_KEPT) {
                    undated.add(r.facts().article());
                }
            }
            articles++;
            bytes += r.facts().article().text().length();
            sentences += r.sentences();
            parsed += r.sentencesParsed();
            if (progress != null) {
                progress.articlesDone(articles);
            }
        }
    }
}
