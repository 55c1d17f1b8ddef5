package org.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.actors.ActorBase;
import org.entente.events.EventType;
import org.entente.ingest.ArticleSource;
import org.entente.store.ArticleWriter;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server answers to requests a tester would send: the same pair twice, values no event
 * has, limits out of range, a lower-case bearer, requests Jetty refuses itself; and what it tells
 * of the server's disk.
 */
class WebHygieneTest {
    private static final String TOKEN = "hygiene-token-5678";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dir;
    private static Store store;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = TestStores.tempDir();
        store = TestStores.build(dir);
        // One article read from an absolute path, as `entente ingest /home/me/news` stores it.
        Path file = Files.writeString(dir.resolve("absolu.txt"),
                "Le président brésilien a rencontré mardi à Brasília le Premier ministre indien.\n");
        ArticleWriter writer = new ArticleWriter(store, ActorBase.configured());
        new ArticleSource().read(List.of(file.toAbsolutePath()), a -> writer.write(TestStores.pipeline().process(a)), p -> {
            throw new AssertionError(p.toString());
        });
        // One article whose url a spreadsheet would run as a formula.
        Path hostile = Files.writeString(dir.resolve("formule.jsonl"), "{\"id\": \"formule\", \"url\": \"=HYPERLINK(1)\","
                + " \"published\": \"2022-03-10\", \"text\": \"Le Canada et le Mexique ont signé le 9 mars 2022 un accord"
                + " de coopération énergétique.\"}\n");
        new ArticleSource().read(List.of(hostile), a -> writer.write(TestStores.pipeline().process(a)), p -> {
            throw new AssertionError(p.toString());
        });
        writer.flush();
        server = new WebServer(store, TOKEN, TestStores::pipeline).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBadRequest(String path, String... words) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        for (String w : words) {
            assertTrue(r.body().contains(w), path + ": '" + w + "' in " + r.body());
        }
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
    }

    @Test
    void aStateWithItselfIsABadRequestNotAnError() throws Exception {
        assertBadRequest("/relationships/CHN/CHN", "two different states");
        assertBadRequest("/relationships/chn/CHN", "two different states");
        assertBadRequest("/api/relationships/CHN/CHN", "two different states");
        assertEquals(200, get("/relationships/CHN/FRA").statusCode());
    }

    @Test
    void valuesNoEventHasAreRefusedWithTheValidOnes() throws Exception {
        assertBadRequest("/api/events?since=2024-13-45", "since", "2024-13-45");
        assertBadRequest("/api/events?until=2023-02-29", "until");
        HttpResponse<String> types = get("/api/events?types=MEET,FOO");
        assertEquals(400, types.statusCode());
        for (EventType t : EventType.values()) {
            assertTrue(types.body().contains(t.name()), t + " listed: " + types.body());
        }
        assertBadRequest("/api/events?status=garbage", "garbage", "happened", "planned", "announced");
        assertEquals(200, get("/api/events?types=sanction&status=Happened&since=2024-02-29").statusCode());
        assertEquals(200, get("/api/events?since=&until=&status=&types=").statusCode(), "empty form fields ask for nothing");
    }

    @Test
    void limitMeansTheSameOnEveryListingRoute() throws Exception {
        for (String route : List.of("/api/events?", "/api/articles?", "/api/actors?name=a&", "/api/relationships?",
                "/api/search?q=président&")) {
            JsonNode two = JSON.readTree(get(route + "limit=2").body());
            assertEquals(2, two.size(), route + "limit=2 gives two rows: " + two);
            for (String bad : List.of("0", "-1", "10001")) {
                assertBadRequest(route + "limit=" + bad, "limit", "1 to 10000");
            }
        }
        assertBadRequest("/api/events?offset=-3", "offset");
    }

    @Test
    void articlesDoNotMapTheServersDisk() throws Exception {
        String absolute = dir.toAbsolutePath().toString();
        HttpResponse<String> list = get("/api/articles?limit=1000");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains(absolute), "an absolute path of the server: " + list.body());
        boolean foundRelative = false;
        for (JsonNode a : JSON.readTree(list.body())) {
            JsonNode origin = a.get("origin");
            if (origin != null && !origin.isNull()) {
                assertFalse(origin.asText().startsWith("/") || origin.asText().contains(".."), origin.asText());
                foundRelative = true;
            }
            HttpResponse<String> one = get("/api/articles/" + Html.pathTail(a.get("id").asText()));
            assertFalse(one.body().contains(absolute), one.body());
        }
        assertTrue(foundRelative, "a relative origin (the posted or JSON-lines ones) is kept");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() throws Exception {
        List<String> schemes = List.of("bearer", "BEARER", "Bearer");
        for (int i = 0; i < schemes.size(); i++) {
            String scheme = schemes.get(i);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/api/articles?id=bearer-" + i))
                    .header("Content-Type", "text/plain").header("Authorization", scheme + " " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("La ministre allemande a rencontré lundi à Varsovie son homologue polonais."))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), scheme + ": " + r.body());
        }
    }

    /** Requests Jetty answers before the application sees them still carry the application's headers. */
    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        for (String request : List.of(
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n",
                "GET / HTTP/1.1\r\n\r\n",
                "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /a/%2e%2e/b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
            String response = raw(request);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
            assertTrue(head.startsWith("http/1.1 4"), request + " -> " + response);
            for (var h : WebServer.SECURITY_HEADERS.entrySet()) {
                assertTrue(head.contains(h.getKey().toLowerCase(Locale.ROOT) + ": " + h.getValue().toLowerCase(Locale.ROOT)),
                        request.split("\r\n")[0] + ": " + h.getKey() + " missing in\n" + head);
            }
        }
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            StringBuilder b = new StringBuilder();
            int n;
            while (!b.toString().contains("\r\n\r\n") && (n = in.read(buf)) > 0) {
                b.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertNotNull(b);
            return b.toString();
        }
    }

    @Test
    void pageDownloadsNeutraliseFormulasAsTheExportDoes() throws Exception {
        HttpResponse<String> r = get("/events?format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("'=HYPERLINK(1)"), r.body());
        assertFalse(r.body().contains(",=HYPERLINK"), "a cell starting with = is quoted as text");
    }
}
