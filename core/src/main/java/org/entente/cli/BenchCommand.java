package org.entente.cli;


import org.entente.ingest.Article;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.RunStats;
import org.entente.pipeline.Runner;
import org.entente.text.FrenchParser;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Throughput figures: the pipeline over a set of articles on one thread and on all cores, with the
 * share of sentences sent to the parser and the peak heap. Small sets are repeated under distinct
 * ids ("--repeat-to 2000") to measure a realistic volume of diplomatic news.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput (articles/s, MB/s, parsed share, peak heap) on 1 thread and on all cores.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles to run on (any format extract reads)")
    List<Path> paths;

    @Option(names = "--repeat-to", paramLabel = "N", description = "repeat the articles under distinct ids until there are N")
    int repeatTo;

    @Option(names = "--limit", paramLabel = "N", description = "use at most N articles from the input")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "articles processed first and not measured (default: ${DEFAULT-VALUE})")
    int warmup = 50;

    @Option(names = "--baseline", paramLabel = "N",
            description = "also time CoreNLP (tokenize through depparse) on every sentence of the first N articles, "
                    + "on 1 thread, and print how many times cheaper per article Entente is (default: 0, off)")
    int baseline;

    @Mixin
    InputOptions options = new InputOptions();

    @Override
    public Integer call() {
        List<Article> articles = new ArrayList<>();
        int[] problems = {0};
        // Every run names the articles it skipped; each is said once, at the end.
        java.util.Set<String> skipped = new java.util.LinkedHashSet<>();
        Pipeline pipeline = Pipeline.create(!options.noParse);
        pipeline.reader().read(paths, a -> {
            if (articles.size() < limit) {
                articles.add(a);
            }
        }, p -> {
            if (p.skipped()) {
                problems[0]++;
            }
            skipped.add(p.report());
        });
        if (articles.isEmpty()) {
            System.err.println("entente bench: no readable article in the input");
            return 1;
        }
        List<Article> corpus = new ArrayList<>(articles);
        for (int copy = 1; corpus.size() < repeatTo; copy++) {
            for (Article a : articles) {
                if (corpus.size() >= repeatTo) {
                    break;
                }
                corpus.add(new Article(a.id() + "~" + copy, a.origin(), a.url(), a.title(), a.source(), a.dateHints(), a.text()));
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d articles (%d distinct, %d inputs skipped), %.1f MB of text%n",
                corpus.size(), articles.size(), problems[0], corpus.stream().mapToLong(a -> a.text().length()).sum() / 1e6);
        new Runner(pipeline, 1).runArticles(corpus.subList(0, Math.min(warmup, corpus.size())), p -> skipped.add(p.report()));
        HeapWatch watch = new HeapWatch();
        Thread watcher = new Thread(watch, "heap-watch");
        watcher.setDaemon(true);
        watcher.start();
        RunStats single = new Runner(pipeline, 1).runArticles(corpus, p -> skipped.add(p.report())).stats();
        report("1 thread", single, 1);
        int cores = Math.max(1, options.threads);
        report(cores + " threads", new Runner(pipeline, cores).runArticles(corpus, p -> skipped.add(p.report())).stats(), cores);
        watch.stop();
        System.out.printf(Locale.ROOT, "peak heap in use: %.0f MB (sampled every 50 ms; includes the corpus held in memory)%n",
                watch.peak() / 1e6);
        if (baseline > 0) {
            baseline(corpus.subList(0, Math.min(baseline, corpus.size())), single);
        }
        skipped.forEach(p -> System.err.println("entente: " + p));
        return skipped.stream().anyMatch(p -> p.startsWith("skipped")) ? Main.SKIPPED_INPUT : 0;
    }

    /**
     * The pipeline Entente is measured against: CoreNLP's French models, tokenize through depparse,
     * on every sentence of each article, on one thread, after the same warm-up of the models.
     */
    private static void baseline(List<Article> articles, RunStats entente) {
        SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
        FrenchParser parser = new FrenchParser();
        parser.parse(splitter.split("Le président a rencontré son homologue à Paris.").get(0));
        long sentences = 0;
        long start = System.nanoTime();
        for (Article a : articles) {
            for (Sentence s : splitter.split(a.text())) {
                parser.parse(s);
                sentences++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = articles.size() / seconds;
        System.out.printf(Locale.ROOT, "%-10s %8.1f articles/s  (%d articles, %d sentences, every one parsed, %.1f s)%n",
                "CoreNLP", perSecond, articles.size(), sentences, seconds);
        System.out.printf(Locale.ROOT, "Entente is %.1fx cheaper per article than parsing every sentence (1 thread each)%n",
                entente.articlesPerSecond() / perSecond);
    }

    /** Samples the heap in use; the JVM's per-pool peaks do not add up to a real peak. */
    private static final class HeapWatch implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak;
        }
    }

    private static void report(String label, RunStats s, int threads) {
        System.out.printf(Locale.ROOT,
                "%-10s %8.1f articles/s  %6.2f MB/s  %7.1f articles/s/core  %5.1f%% sentences parsed  %d events  (%.1f s)%n",
                label, s.articlesPerSecond(), s.megabytesPerSecond(), s.articlesPerSecond() / threads,
                100 * s.parsedShare(), s.events(), s.seconds());
    }

}
