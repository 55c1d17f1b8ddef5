package org.entente.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.export.EventJson;
import org.entente.export.EventRow;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;
import org.entente.pipeline.Runner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job gives exactly the single-machine Runner's events on the same 5,000 articles
 * (WARC and JSONL), merges included. Both run the pipeline without the CoreNLP parser
 * ({@code parse=false}) to keep the test short; the parser changes what each article yields, not
 * how the job distributes and merges.
 */
class SparkExtractTest {
    private static final int ARTICLES = 5_000;
    private static final Path CORPUS = Path.of("target", "spark-corpus");

    private static SparkSession spark;
    private static List<Event> single;
    private static Runner.Result singleRun;
    private static CorpusExtraction.Outcome distributed;
    private static List<Event> distributedEvents;

    @BeforeAll
    static void runBoth() throws Exception {
        new CorpusGenerator(8).write(CORPUS, ARTICLES);
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = LocalCorpus.read(CORPUS, problems);
        assertEquals(List.of(), problems);
        assertEquals(ARTICLES, articles.size());
        singleRun = new Runner(PipelineHolder.get(false), 2).runArticles(articles);
        single = singleRun.events();

        spark = SparkSession.builder().config(new SparkConf().setMaster("local[2]").setAppName("entente-test")
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "4")).getOrCreate();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        distributed = CorpusExtraction.run(jsc,
                new CorpusExtraction.Options(List.of(CORPUS.toAbsolutePath().toString()), false, 4));
        distributedEvents = distributed.events().collect().stream().map(CorpusExtraction::event).toList();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sameEventsInTheSameOrder() {
        assertEquals(List.of(), distributed.problems());
        assertEquals(ARTICLES, distributed.stats().articles());
        assertEquals(singleRun.stats().reports(), distributed.stats().reports());
        assertEquals(single.size(), distributedEvents.size(), "number of events");
        for (int i = 0; i < single.size(); i++) {
            Event a = single.get(i);
            Event b = distributedEvents.get(i);
            assertEquals(describe(a), describe(b), "event " + i);
            assertEquals(a, b, "event " + i + ", every field");
        }
    }

    @Test
    void theCorpusExercisesMergingAndCrossArticleDating() {
        long reports = singleRun.stats().reports();
        assertTrue(single.size() > 300, "enough events: " + single.size());
        assertTrue(single.size() < reports * 0.8, single.size() + " events from " + reports + " reports: merges happen");
        long multiArticle = single.stream()
                .filter(e -> e.mentions().stream().map(EventMention::doc).distinct().count() > 1).count();
        assertTrue(multiArticle > 100, multiArticle + " events reported by several articles");
        // "l'an dernier" in an undated article resolves only on its second reading, once another
        // article has dated it: the re-dating step ran.
        assertTrue(single.stream().anyMatch(e -> "inferred".equals(e.dateSource()) && e.date() != null
                && e.date().length() == 4 && e.mentions().stream().anyMatch(m -> m.text().contains("l'an dernier"))),
                "undated articles are read again with a date from other articles");
    }

    @Test
    void parquetHasTheExportColumns() {
        Path out = Path.of("target", "spark-out", "events.parquet").toAbsolutePath();
        EventExport.writeParquet(spark, distributed, 4, out.toString());
        Dataset<Row> back = spark.read().parquet(out.toString());
        assertEquals(EventRow.COLUMNS, Arrays.asList(back.columns()));
        StructType schema = back.schema();
        assertEquals(DataTypes.DoubleType, schema.apply("goldstein").dataType());
        assertEquals(DataTypes.DoubleType, schema.apply("confidence").dataType());
        assertEquals(DataTypes.IntegerType, schema.apply("n_articles").dataType());
        assertEquals(DataTypes.StringType, schema.apply("event_id").dataType());
        assertEquals(single.size(), back.count());
        Row first = back.filter("event_id = '" + single.get(0).id().replace("'", "''") + "'").first();
        assertEquals(String.join(";", single.get(0).countries()), first.getAs("countries"));
        assertTrue(back.filter("n_articles > 1 and first_reported is not null and first_source_url is not null").count() > 0);
    }

    @Test
    void jsonLinesAreTheRunnersExport() throws Exception {
        Path out = Path.of("target", "spark-out", "events.jsonl").toAbsolutePath();
        EventExport.writeJson(distributed, out.toString(), spark.sparkContext().hadoopConfiguration());
        List<String> written = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                written.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        EventJson json = new EventJson();
        assertEquals(single.stream().map(e -> json.toJson(e).toString()).toList(), written);
    }

    /** The fields the brief names, readable in a failure message. */
    private static String describe(Event e) {
        return e.id() + " " + e.type() + " " + e.date() + " " + e.countries() + " " + e.participants() + " "
                + e.place() + " " + e.status() + " "
                + e.mentions().stream().map(m -> m.doc() + "@" + m.span().start() + "-" + m.span().end()).toList();
    }
}
