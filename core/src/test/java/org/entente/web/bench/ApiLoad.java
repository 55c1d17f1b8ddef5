package org.entente.web.bench;

import org.entente.actors.ActorBase;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.pipeline.Pipeline;
import org.entente.store.ArticleWriter;
import org.entente.store.Store;
import org.entente.web.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code GET /api/events}: concurrent clients on loopback for a fixed time, then
 * requests/s, p50/p99 latency and errors. Run by hand (never by surefire), server and clients in
 * one JVM:
 *
 * <pre>
 * ./mvnw -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt -Dmdep.includeScope=test
 * java -cp core/target/test-classes:core/target/classes:$(cat cp.txt) org.entente.web.bench.ApiLoad [--db FILE] [--clients 32] [--seconds 20]
 *      [--path /api/events?countries=CHN,FRA --path /openapi.json ...]
 * </pre>
 *
 * Without {@code --db} it builds a store from {@code examples/} (parse-free pipeline).
 */
public final class ApiLoad {
    private static final List<String> DEFAULT_QUERIES = List.of("/api/events?limit=100", "/api/events?countries=CHN,FRA",
            "/api/events?types=MEET,VISIT&since=2023", "/api/events?text=pr%C3%A9sident&limit=50");

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path db = null;
        int clients = 32;
        int seconds = 20;
        int warmup = 5;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--path" -> paths.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> queries = paths.isEmpty() ? DEFAULT_QUERIES : List.copyOf(paths);
        Store store = db != null ? Store.openReadOnly(db) : examplesStore();
        try (store; WebServer server = new WebServer(store, null, () -> Pipeline.create(false)).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("store %s, %d clients, %d s warm-up, %d s measured, queries %s%n", store.file(), clients, warmup, seconds, queries);
            run(base, queries, clients, warmup, false);
            run(base, queries, clients, seconds, true);
        }
    }

    private static void run(String base, List<String> queries, int clients, int seconds, boolean report) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] perClient = new long[clients][];
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                // Grown on demand: preallocating for the fastest case would cost the heap more than the run.
                long[] lat = new long[4096];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpRequest req = HttpRequest.newBuilder(URI.create(base + queries.get((id + n) % queries.size()))).build();
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                } finally {
                    perClient[id] = lat;
                    counts[id] = n;
                    done.countDown();
                }
            }, "client-" + c);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%d requests in %.1f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors%n",
                total, elapsed, total / elapsed, pct(all, 0.50), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static Store examplesStore() throws Exception {
        Path dir = Files.createTempDirectory("entente-load");
        Store store = Store.open(dir.resolve("load.duckdb"));
        Pipeline pipeline = Pipeline.create(false);
        ArticleWriter writer = new ArticleWriter(store, ActorBase.configured());
        List<Article> articles = new ArrayList<>();
        new ArticleSource().read(List.of(Path.of(System.getProperty("entente.examples", "examples"))), articles::add,
                p -> System.err.println("skipped " + p));
        for (Article a : articles) {
            writer.write(pipeline.process(a));
        }
        return store;
    }
}
