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
 * </pre>
 *
 * Without {@code --db} it builds a store from {@code examples/} (parse-free pipeline).
 */
public final class ApiLoad {
    private static final List<String> QUERIES = List.of("/api/events?limit=100", "/api/events?countries=CHN,FRA",
            "/api/events?types=MEET,VISIT&since=2023", "/api/events?text=pr%C3%A9sident&limit=50");

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path db = null;
        int clients = 32;
        int seconds = 20;
        int warmup = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Store store = db != null ? Store.openReadOnly(db) : examplesStore();
        try (store; WebServer server = new WebServer(store, null, () -> Pipeline.create(false)).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("store %s, %d clients, %d s warm-up, %d s measured, queries %s%n", store.file(), clients, warmup, seconds, QUERIES);
            run(base, clients, warmup, false);
            run(base, clients, seconds, true);
        }
    }

    private static void run(String base, int clients, int seconds, boolean report) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[2_000_000];
            perClient.add(lat);
            int id = c;
            Thread t = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < lat.length) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + QUERIES.get((id + n) % QUERIES.size()))).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                } finally {
                    counts[id] = n;
                    done.countDown();
                }
            }, "client-" + c);
            t.start();
        }
        long start = System.nanoTime();
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
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
