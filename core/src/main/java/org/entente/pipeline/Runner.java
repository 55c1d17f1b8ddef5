package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs the pipeline over many inputs on several threads. Articles are read one at a time and at
 * most a few per thread are in flight, so memory stays bounded by the events kept, not by the
 * input size. Results keep input order, so output is the same whatever the thread count.
 *
 * <p>Nothing one article does can end a run: every piece of per-article work goes through
 * {@link ArticleGuard}, and an article still running past its {@link ArticleBudget} is given up
 * (interrupted, its worker replaced) and named. Both count as problems, so commands exit with 3.
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
    private final ArticleBudget budget;

    public Runner(Pipeline pipeline, int threads) {
        this(pipeline, threads, ArticleBudget.DEFAULT);
    }

    public Runner(Pipeline pipeline, int threads, ArticleBudget budget) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.budget = budget;
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
    public RunStats stream(List<Path> inputs, Predicate<Article> wanted, Consumer<ArticleResult> results,
                           Consumer<InputProblem> problems, Progress progress) {
        return stream((sink, reported) -> pipeline.reader().read(inputs, a -> {
            if (wanted.test(a)) {
                sink.accept(a);
            }
        }, reported), results, problems, progress);
    }

    /** As {@link #stream(List, Predicate, Consumer, Consumer, Progress)}, over articles already read (the web API's posts). */
    public RunStats streamArticles(List<Article> articles, Consumer<ArticleResult> results, Consumer<InputProblem> problems) {
        return stream((sink, reported) -> articles.forEach(sink), results, problems, null);
    }

    private RunStats stream(BiConsumer<Consumer<Article>, Consumer<InputProblem>> source, Consumer<ArticleResult> results,
                            Consumer<InputProblem> problems, Progress progress) {
        long start = System.nanoTime();
        Collected collected = new Collected(progress, results);
        process(source, problems, collected);
        return collected.stats(collected.reportCount, start);
    }

    /** Runs the pipeline on articles already in memory (tests, benchmarks); problems are dropped. */
    public Result runArticles(List<Article> articles) {
        return runArticles(articles, p -> { });
    }

    /** Runs the pipeline on articles already in memory, naming the articles that failed to {@code problems}. */
    public Result runArticles(List<Article> articles, Consumer<InputProblem> problems) {
        return run((sink, reported) -> articles.forEach(sink), problems, null);
    }

    /**
     * @param source feeds the articles to the first consumer it is given, one at a time, and the
     *               inputs it cannot read to the second
     */
    private Result run(BiConsumer<Consumer<Article>, Consumer<InputProblem>> source, Consumer<InputProblem> problems,
                       Progress progress) {
        long start = System.nanoTime();
        Collected collected = new Collected(progress, null);
        Consumer<InputProblem> counting = collected.counting(problems);
        process(source, problems, collected);
        List<Event> merged = mergeAcross(collected.reports, collected.origins, counting);
        merged = redate(merged, collected, counting);
        return new Result(merged, collected.stats(merged.size(), start));
    }

    /**
     * Folds reports across articles; an article one of whose reports cannot be folded is named
     * and all its reports left out, so an article is either wholly in the output or not at all.
     */
    private List<Event> mergeAcross(List<Event> reports, java.util.Map<String, String> origins,
                                    Consumer<InputProblem> problems) {
        List<Event> input = reports;
        Set<String> failed = new HashSet<>();
        while (true) {
            Set<String> now = new HashSet<>();
            List<Event> merged = pipeline.mergeAcross(input, (e, failure) -> {
                String doc = docOf(e);
                if (failed.add(doc)) {
                    now.add(doc);
                    problems.accept(ArticleGuard.failure(origins.getOrDefault(doc, doc) + " (merging across articles)", failure));
                }
            });
            if (now.isEmpty()) {
                return merged;
            }
            input = input.stream().filter(e -> !failed.contains(docOf(e))).toList();
        }
    }

    private static String docOf(Event e) {
        return e.mentions().isEmpty() ? e.id() : e.mentions().get(0).doc();
    }

    /** Runs every article the source gives on the pool and hands results to {@code collected} in input order. */
    private void process(BiConsumer<Consumer<Article>, Consumer<InputProblem>> source, Consumer<InputProblem> problems,
                         Collected collected) {
        Consumer<InputProblem> counting = collected.counting(problems);
        Deque<Task> tasks = new ArrayDeque<>();
        // A cached pool, since a worker stuck on an article past its budget is left behind and
        // replaced; `running` keeps the number of working threads at `threads`.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        Semaphore running = new Semaphore(threads);
        try {
            source.accept(article -> {
                // Waits for a place, giving up meanwhile on an article at the head past its budget.
                while (!tryAcquire(inFlight)) {
                    collected.drain(tasks, counting, false);
                }
                Task task = new Task(article, budget.nanosFor(article), pipeline, inFlight, running);
                task.future = pool.submit(task::run);
                tasks.add(task);
                collected.drain(tasks, counting, false);
            }, counting);
            collected.drain(tasks, counting, true);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean tryAcquire(Semaphore s) {
        try {
            return s.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Articles without a publication date whose events other articles date are read again with
     * that date as their anchor, so "l'an dernier" or "l'année prochaine" resolve in them too.
     * A vote or a second reading that fails keeps the article's first reading, and names it.
     */
    private List<Event> redate(List<Event> merged, Collected collected, Consumer<InputProblem> problems) {
        List<Article> undated = collected.undated;
        if (undated.isEmpty()) {
            return merged;
        }
        Set<String> undatedIds = undated.stream().map(Article::id).collect(Collectors.toSet());
        var anchors = CrossArticleDating.anchors(merged, undatedIds, (e, failure) -> problems.accept(ArticleGuard.failure(
                e.mentions().stream().map(EventMention::doc).distinct().map(d -> collected.origins.getOrDefault(d, d))
                        .collect(Collectors.joining(", ")) + " (dating across articles)", failure)));
        if (anchors.isEmpty()) {
            return merged;
        }
        List<Event> firstReadings = new ArrayList<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : collected.reports) {
            (CrossArticleDating.rereads(e, anchors.keySet()) ? firstReadings : kept).add(e);
        }
        for (Article a : undated) {
            if (anchors.containsKey(a.id())) {
                var second = ArticleGuard.attempt(a.origin() + " (second reading with the date other articles give it)",
                        () -> pipeline.process(a, anchors.get(a.id())).events(), problems);
                kept.addAll(second.orElseGet(() -> firstReadings.stream().filter(e -> docOf(e).equals(a.id())).toList()));
            }
        }
        return mergeAcross(kept, collected.origins, problems);
    }

    /** One article on its way through the pool. */
    private static final class Task {
        final Article article;
        final long budgetNanos;
        final Pipeline pipeline;
        /** The pipeline's one-time loading time when the task started: loading is not the article's cost. */
        final AtomicLong setupAtStart = new AtomicLong();
        final Semaphore inFlight;
        final Semaphore running;
        final AtomicLong startedAt = new AtomicLong();
        final AtomicBoolean released = new AtomicBoolean();
        volatile Future<Done> future;

        Task(Article article, long budgetNanos, Pipeline pipeline, Semaphore inFlight, Semaphore running) {
            this.article = article;
            this.budgetNanos = budgetNanos;
            this.pipeline = pipeline;
            this.inFlight = inFlight;
            this.running = running;
        }

        Done run() {
            running.acquireUninterruptibly();
            setupAtStart.set(pipeline.setupNanos());
            startedAt.set(System.nanoTime());
            try {
                List<InputProblem> failure = new ArrayList<>(1);
                return new Done(ArticleGuard.attempt(article.origin(), () -> pipeline.process(article), failure::add)
                        .orElse(null), failure.isEmpty() ? null : failure.get(0));
            } finally {
                release();
            }
        }

        /** Frees the task's places, once: when it ends, or when it is given up. */
        void release() {
            if (released.compareAndSet(false, true)) {
                running.release();
                inFlight.release();
            }
        }

        /** Nanoseconds left in the article's budget; the full budget while it waits for a worker. */
        long remaining() {
            long started = startedAt.get();
            if (started == 0) {
                return budgetNanos;
            }
            long loading = pipeline.setupNanos() - setupAtStart.get();
            return budgetNanos - (System.nanoTime() - started - loading);
        }
    }

    /** What a task gives: the result, or the problem that names the failed article. */
    private record Done(ArticleResult result, InputProblem problem) {
    }

    /**
     * What the finished articles of a run add up to, collected in submission order; or, with a
     * {@code downstream}, handed on one by one instead of kept.
     */
    private final class Collected {
        final List<Event> reports = new ArrayList<>();
        final List<Article> undated = new ArrayList<>();
        /** Where each article with reports came from, to name it if a cross-article stage fails on it. */
        final java.util.Map<String, String> origins = new java.util.HashMap<>();
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

        Consumer<InputProblem> counting(Consumer<InputProblem> to) {
            return p -> {
                if (p.skipped()) {
                    problems++;
                }
                to.accept(p);
            };
        }

        /** Takes the finished results at the head of the queue; with {@code all}, waits for every one. */
        void drain(Deque<Task> tasks, Consumer<InputProblem> problems, boolean all) {
            while (!tasks.isEmpty()) {
                Task head = tasks.peekFirst();
                Done done;
                try {
                    if (head.future.isDone()) {
                        done = head.future.get();
                    } else if (head.remaining() <= 0) {
                        done = giveUp(head);
                    } else if (all) {
                        done = head.future.get(Math.max(1, Math.min(head.remaining(), 1_000_000_000L)), TimeUnit.NANOSECONDS);
                    } else {
                        return;
                    }
                } catch (TimeoutException notYet) {
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    done = new Done(null, ArticleGuard.failure(head.article.origin(), e));
                }
                tasks.pollFirst();
                if (done.problem() != null) {
                    problems.accept(done.problem());
                } else {
                    add(done.result());
                }
            }
        }

        /** An article past its budget: interrupted (stages check), its worker's place given to a new one. */
        private Done giveUp(Task task) {
            task.future.cancel(true);
            task.release();
            return new Done(null, new InputProblem(task.article.origin(), 0, "processing took longer than its time budget ("
                    + budget + " of text, here " + String.format(java.util.Locale.ROOT, "%.1f",
                    task.article.text().length() / 1e6) + " MB), article skipped"));
        }

        private void add(ArticleResult r) {
            reportCount += r.events().size();
            if (downstream != null) {
                downstream.accept(r);
            } else {
                reports.addAll(r.events());
                if (!r.events().isEmpty()) {
                    origins.put(r.facts().article().id(), r.facts().article().origin());
                }
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
