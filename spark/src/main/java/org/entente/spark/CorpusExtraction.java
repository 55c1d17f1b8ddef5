package org.entente.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.entente.events.Event;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.InputProblem;
import org.entente.pipeline.ArticleGuard;
import org.entente.pipeline.ArticleResult;
import org.entente.pipeline.CrossArticleDating;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.RunStats;
import org.entente.time.Granularity;
import org.entente.time.PublicationDate;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What core's Runner does on one machine, on a Spark cluster, with the same result: read every
 * input, run the per-article {@link Pipeline}, merge the reports of one event across articles,
 * read again the undated articles that other articles date, and merge again.
 */
public final class CorpusExtraction {
    /**
     * @param inputs     files or directories on any Hadoop file system
     * @param parse      whether event sentences go through CoreNLP (as {@code Pipeline.create})
     * @param partitions how many tasks process articles and merge blocks
     */
    public record Options(List<String> inputs, boolean parse, int partitions) implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be positive: " + partitions);
            }
        }
    }

    /**
     * @param events   the merged events in the Runner's order, as {@link Report}s (their JSON is
     *                 {@link #event decoded} by the caller)
     * @param sources  article id to (URL, publication date) for every article that has events
     * @param stats    the run's figures, as the Runner counts them
     * @param problems inputs skipped and articles whose processing failed
     */
    public record Outcome(JavaRDD<Report> events, JavaPairRDD<String, Tuple2<String, String>> sources,
                          RunStats stats, List<String> problems) {
    }

    private CorpusExtraction() {
    }

    /** Decodes one event of {@link Outcome#events}. */
    public static Event event(Report r) {
        return Codec.event(r.json());
    }

    public static Outcome run(JavaSparkContext jsc, Options options) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<String> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration(), p -> problems.add(p.toString()));
        CollectionAccumulator<String> readProblems = jsc.sc().collectionAccumulator("entente input problems");
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        boolean parse = options.parse();
        int n = options.partitions();

        JavaRDD<Tuple2<Long, String>> articles = jsc
                .parallelize(indexed, Math.max(1, Math.min(files.size(), n)))
                .flatMap(f -> readFile(f._1(), f._2(), conf, readProblems).iterator());
        JavaRDD<Processed> processed = articles.repartition(n)
                .map(a -> process(PipelineHolder.get(parse), a._1(), a._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<Report> reports = processed.flatMap(p -> p.reports().iterator());
        JavaRDD<Report> merged = DistributedMerge.merge(reports, n, readProblems);

        Map<String, Anchor> anchors = Map.of();
        List<Tuple2<Long, String>> undated = processed.filter(p -> p.article() != null)
                .map(p -> new Tuple2<>(p.seq(), p.id()))
                .sortBy(Tuple2::_1, true, n)
                .take(CrossArticleDating.MAX_UNDATED_KEPT);
        if (!undated.isEmpty()) {
            anchors = anchors(jsc, merged, undated, readProblems);
        }
        JavaRDD<Report> events = merged;
        if (!anchors.isEmpty()) {
            Broadcast<HashMap<String, Anchor>> anchored = jsc.broadcast(new HashMap<>(anchors));
            HashSet<Long> kept = new HashSet<>();
            undated.forEach(t -> kept.add(t._1()));
            Broadcast<HashSet<Long>> rereadable = jsc.broadcast(kept);
            JavaRDD<Report> firstReadings = reports.filter(
                    r -> !CrossArticleDating.rereads(Codec.event(r.json()), anchored.value().keySet()));
            JavaRDD<Report> secondReadings = processed
                    .filter(p -> p.article() != null && rereadable.value().contains(p.seq())
                            && anchored.value().containsKey(p.id()))
                    .flatMap(p -> reread(PipelineHolder.get(parse), p, anchored.value().get(p.id()), readProblems).iterator());
            events = DistributedMerge.merge(firstReadings.union(secondReadings), n, readProblems);
        }
        JavaRDD<Report> sorted = events.sortBy(r -> r, true, n).persist(StorageLevel.MEMORY_AND_DISK());

        Map<String, Anchor> finalAnchors = anchors;
        JavaPairRDD<String, Tuple2<String, String>> sources = processed
                .filter(p -> p.failure() == null && !p.reports().isEmpty())
                .mapToPair(p -> new Tuple2<>(p.id(), new Tuple2<>(p.seq(), new Tuple2<>(p.url(),
                        finalAnchors.containsKey(p.id()) ? finalAnchors.get(p.id()).value() : p.published()))))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b)
                .mapValues(Tuple2::_2);

        long[] totals = processed.map(p -> p.failure() == null
                        ? new long[] {1, p.chars(), p.sentences(), p.parsed(), p.reports().size(), 0}
                        : new long[] {0, 0, 0, 0, 0, 1})
                .fold(new long[6], CorpusExtraction::add);
        long eventCount = sorted.count();
        processed.filter(p -> p.failure() != null).map(Processed::failure).collect().forEach(problems::add);
        problems.addAll(readProblems.value());
        RunStats stats = new RunStats(totals[0], totals[1], totals[2], totals[3], totals[4], eventCount,
                problems.size(), System.nanoTime() - start);
        return new Outcome(sorted, sources, stats, List.copyOf(problems));
    }

    private static long[] add(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /** Every article of one file, numbered in file order: (position in the whole input, article). */
    private static List<Tuple2<Long, String>> readFile(int fileIndex, String file, HadoopConf conf,
                                                       CollectionAccumulator<String> problems) throws Exception {
        List<Tuple2<Long, String>> out = new ArrayList<>();
        Path path = new Path(file);
        ArticleReader reader = new ArticleReader(new ArticleSource());
        try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
            reader.read(path.getName(), file, in,
                    a -> out.add(new Tuple2<>(((long) fileIndex << 32) | out.size(), Codec.article(a))),
                    p -> problems.add(p.toString()));
        } catch (java.io.IOException e) {
            problems.add(new InputProblem(file, 0, "cannot read: " + e.getMessage()).toString());
        }
        return out;
    }

    /** The first reading of an article; a failure skips the article, as in the Runner. */
    static Processed process(Pipeline pipeline, long seq, String json) {
        Article a = Codec.article(json);
        List<InputProblem> failure = new ArrayList<>(1);
        return ArticleGuard.attempt(a.origin(), () -> {
            ArticleResult r = pipeline.process(a);
            PublicationDate published = r.facts().published();
            boolean undated = published == null && !r.events().isEmpty();
            return new Processed(seq, a.id(), a.url(), published == null ? null : published.value(),
                    undated ? json : null, reports(0, seq, r.events()), a.text().length(), r.sentences(),
                    r.sentencesParsed(), null);
        }, failure::add).orElseGet(() ->
                new Processed(seq, a.id(), a.url(), null, null, List.of(), 0, 0, 0, failure.get(0).toString()));
    }

    /** The second reading; when it fails, the first reading stands and the article is named, as in the Runner. */
    private static List<Report> reread(Pipeline pipeline, Processed p, Anchor anchor, CollectionAccumulator<String> problems) {
        Article a = Codec.article(p.article());
        return ArticleGuard.attempt(a.origin() + " (second reading with the date other articles give it)",
                        () -> reports(1, p.seq(), pipeline.process(a, anchor.date()).events()),
                        problem -> problems.add(problem.toString()))
                .orElse(p.reports());
    }

    private static List<Report> reports(int phase, long seq, List<Event> events) {
        List<Report> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(Report.of(phase, seq, i, events.get(i)));
        }
        return out;
    }

    /** Publication dates for undated articles, by the votes of the merged events that report them. */
    private static Map<String, Anchor> anchors(JavaSparkContext jsc, JavaRDD<Report> merged,
                                               List<Tuple2<Long, String>> undated, CollectionAccumulator<String> problems) {
        HashSet<String> docs = new HashSet<>();
        undated.forEach(t -> docs.add(t._2()));
        Broadcast<HashSet<String>> undatedDocs = jsc.broadcast(docs);
        List<Tuple2<Tuple2<String, YearMonth>, Integer>> votes = merged
                .flatMapToPair(r -> {
                    List<Tuple2<Tuple2<String, YearMonth>, Integer>> out = new ArrayList<>();
                    // A vote that fails is left out, its article named: the others still vote.
                    ArticleGuard.attempt(r.doc() + " (dating across articles)", () -> {
                        CrossArticleDating.vote(Codec.event(r.json()), undatedDocs.value(),
                                (doc, month) -> out.add(new Tuple2<>(new Tuple2<>(doc, month), 1)));
                        return Boolean.TRUE;
                    }, problem -> {
                        out.clear();
                        problems.add(problem.toString());
                    });
                    return out.iterator();
                })
                .reduceByKey(Integer::sum)
                .collect();
        Map<String, Map<YearMonth, Integer>> byDoc = new HashMap<>();
        for (var v : votes) {
            byDoc.computeIfAbsent(v._1()._1(), k -> new HashMap<>()).put(v._1()._2(), v._2());
        }
        Map<String, Anchor> out = new HashMap<>();
        byDoc.forEach((doc, months) -> CrossArticleDating.choose(months).ifPresent(d -> out.put(doc, Anchor.of(d))));
        return out;
    }

    /** A {@link PublicationDate} that can be broadcast. */
    record Anchor(String value, LocalDate anchor, Granularity granularity, String provenance) implements Serializable {
        static Anchor of(PublicationDate d) {
            return new Anchor(d.value(), d.anchor(), d.granularity(), d.provenance());
        }

        PublicationDate date() {
            return new PublicationDate(value, anchor, granularity, provenance);
        }
    }
}
