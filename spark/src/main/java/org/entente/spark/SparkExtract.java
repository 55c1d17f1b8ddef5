package org.entente.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.entente.pipeline.RunStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The Spark job: events of a whole corpus, the same as {@code ./entente extract} would give on
 * one machine. Writes {@code DIR/events.parquet} (the columns of {@code export/columns.md}) and
 * {@code DIR/events.jsonl/} (JSON lines, as part files in event order).
 *
 * <p>The master comes from {@code spark-submit}; run directly, the job uses every local core.
 */
@Command(name = "SparkExtract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Extracts the diplomatic events of a corpus with Spark.",
        footer = {"", "Inputs: .warc, .warc.gz (HTML responses), .jsonl, .jsonl.gz, .txt, .html, .htm",
                "on any Hadoop file system (file:, hdfs:, s3a:); directories are read recursively.",
                "Exit codes: 0 success, 1 failure, 2 bad command line, 3 some inputs skipped."})
public final class SparkExtract implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "input files or directories")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "output directory (events.parquet and events.jsonl are replaced)")
    String output;

    @Option(names = "--no-parse", description = "do not send event sentences through CoreNLP (faster, fewer people found)")
    boolean noParse;

    @Option(names = "--partitions", paramLabel = "N",
            description = "tasks for processing and merging (default: the cluster's default parallelism x 4)")
    Integer partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtract()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1: " + partitions);
        }
        SparkConf conf = new SparkConf().setAppName("entente-extract");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int n = partitions != null ? partitions : jsc.defaultParallelism() * 4;
            CorpusExtraction.Outcome outcome = CorpusExtraction.run(jsc, new CorpusExtraction.Options(inputs, !noParse, n));
            outcome.problems().forEach(p -> System.err.println("skipped: " + p));
            EventExport.writeParquet(spark, outcome, n, output + "/events.parquet");
            EventExport.writeJson(outcome, output + "/events.jsonl", jsc.hadoopConfiguration());
            RunStats s = outcome.stats();
            System.err.printf(Locale.ROOT, "%d articles, %d events (%d reports) in %.1f s: %.1f articles/s%n",
                    s.articles(), s.events(), s.reports(), s.seconds(), s.articlesPerSecond());
            return s.problems() > 0 ? 3 : 0;
        } finally {
            spark.stop();
        }
    }
}
