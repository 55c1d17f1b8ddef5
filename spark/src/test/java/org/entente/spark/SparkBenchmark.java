package org.entente.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the Spark job against the single-machine Runner on the generated corpus, run by
 * hand (never by surefire): {@code SparkBenchmark [ARTICLES] [--parse]}. Both sides count from the
 * files on disk to merged events; the pipeline is loaded once before timing, as a long-lived
 * executor would have it.
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = 5_000;
        boolean parse = false;
        for (String a : args) {
            if (a.equals("--parse")) {
                parse = true;
            } else {
                articles = Integer.parseInt(a);
            }
        }
        Path corpus = Path.of("target", "bench-corpus").toAbsolutePath();
        new CorpusGenerator(8).write(corpus, articles);
        Pipeline pipeline = PipelineHolder.get(parse);
        System.out.printf(Locale.ROOT, "%d generated articles, parse=%s, %d cores%n", articles, parse,
                Runtime.getRuntime().availableProcessors());
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            for (int threads : new int[] {1, 2}) {
                long t0 = System.nanoTime();
                List<InputProblem> problems = new ArrayList<>();
                List<Article> read = LocalCorpus.read(corpus, problems);
                Runner.Result r = new Runner(pipeline, threads).runArticles(read);
                report(label, "Runner, " + threads + " thread(s)", read.size(), r.events().size(), System.nanoTime() - t0);
            }
            for (int cores : new int[] {1, 2}) {
                SparkSession spark = SparkSession.builder().config(new SparkConf().setMaster("local[" + cores + "]")
                        .setAppName("entente-bench").set("spark.ui.enabled", "false")).getOrCreate();
                try {
                    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                    long t0 = System.nanoTime();
                    CorpusExtraction.Outcome o = CorpusExtraction.run(jsc,
                            new CorpusExtraction.Options(List.of(corpus.toString()), parse, cores * 4));
                    report(label, "Spark local[" + cores + "]", o.stats().articles(), o.stats().events(),
                            System.nanoTime() - t0);
                } finally {
                    spark.stop();
                }
            }
        }
    }

    private static void report(String label, String what, long articles, long events, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-9s %-22s %6d articles %5d events %6.1f s %7.1f articles/s%n",
                label, what, articles, events, s, articles / s);
    }
}
