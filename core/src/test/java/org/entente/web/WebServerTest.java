package org.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server over real HTTP on loopback, on a store of the examples. */
class WebServerTest {
    private static final String TOKEN = "test-token-1234";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Store store;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path dir = TestStores.tempDir();
        store = TestStores.build(dir);
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

    private static HttpResponse<String> post(String path, String type, String auth, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).POST(body);
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void openApiDescribesEveryApiRoute() throws Exception {
        JsonNode paths = JSON.readTree(get("/openapi.json").body()).get("paths");
        List<String> missing = new ArrayList<>();
        int api = 0;
        for (String route : server.routes()) {
            // Javalin writes a path parameter that may hold slashes as <id>, OpenAPI as {id}.
            String[] parts = route.replaceAll("<([a-z]+)>", "{$1}").split(" ", 2);
            if (!parts[1].startsWith("/api")) {
                continue;
            }
            api++;
            JsonNode p = paths.get(parts[1]);
            if (p == null || p.get(parts[0].toLowerCase()) == null) {
                missing.add(route);
            }
        }
        assertTrue(api >= 11, "API routes registered: " + api);
        assertEquals(List.of(), missing, "routes missing from openapi.json");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String documented = it.next();
            assertTrue(server.routes().stream().anyMatch(r -> r.replaceAll("<([a-z]+)>", "{$1}").endsWith(" " + documented)),
                    "documented but not served: " + documented);
        }
    }

    @Test
    void openApiListsEveryEventTypeWhereTypesAppear() throws Exception {
        JsonNode api = JSON.readTree(get("/openapi.json").body());
        List<String> types = java.util.Arrays.stream(org.entente.events.EventType.values()).map(Enum::name).toList();
        for (String schema : List.of("Event", "Evidence", "MonthCount")) {
            List<String> listed = new ArrayList<>();
            api.at("/components/schemas/" + schema + "/properties/type/enum").forEach(n -> listed.add(n.asText()));
            assertEquals(types, listed, schema);
        }
        String param = "";
        for (JsonNode p : api.at("/paths/~1api~1events/get/parameters")) {
            if (p.get("name").asText().equals("types")) {
                param = p.get("description").asText();
            }
        }
        assertTrue(param.contains(String.join(", ", types)), param);
        HttpResponse<String> bad = get("/api/events?types=meet,sanctions");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("SANCTION"), bad.body());
    }

    @Test
    void listsEventsWithFilters() throws Exception {
        JsonNode all = JSON.readTree(get("/api/events?limit=1000").body());
        assertTrue(all.size() > 5, "events: " + all.size());
        JsonNode pair = JSON.readTree(get("/api/events?countries=chn,FRA&types=meet,visit").body());
        assertTrue(pair.size() > 0);
        for (JsonNode e : pair) {
            assertTrue(e.get("countries").asText().contains("CHN") && e.get("countries").asText().contains("FRA"), e.toString());
            assertTrue(List.of("MEET", "VISIT").contains(e.get("type").asText()));
        }
        JsonNode page = JSON.readTree(get("/api/events?limit=2&offset=1").body());
        assertEquals(2, page.size());
        assertEquals(all.get(1).get("event_id"), page.get(0).get("event_id"));
        JsonNode since = JSON.readTree(get("/api/events?since=2023-04&until=2023-04").body());
        for (JsonNode e : since) {
            assertTrue(e.get("date").asText().startsWith("2023-04"), e.toString());
        }
    }

    @Test
    void oneEventHasItsSourcesAndSentences() throws Exception {
        JsonNode first = JSON.readTree(get("/api/events?limit=1").body()).get(0);
        String id = first.get("event_id").asText();
        HttpResponse<String> r = get("/api/events/" + Html.path(id));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = JSON.readTree(r.body());
        assertEquals(id, d.get("row").get("event_id").asText());
        JsonNode src = d.get("sources").get(0);
        assertFalse(src.get("text").asText().isBlank());
        assertTrue(src.get("end").asInt() > src.get("start").asInt());
        assertEquals(404, get("/api/events/none-such").statusCode());
    }

    @Test
    void relationshipsActorsAndArticles() throws Exception {
        JsonNode rels = JSON.readTree(get("/api/relationships").body());
        assertTrue(rels.size() > 0);
        String a = rels.get(0).get("a").asText();
        String b = rels.get(0).get("b").asText();
        JsonNode rel = JSON.readTree(get("/api/relationships/" + a + "/" + b).body());
        assertTrue(rel.get("timeline").size() > 0);
        assertEquals(rels.get(0).get("events").asInt(), rel.get("events").size());
        assertTrue(rel.has("commitments"));
        assertEquals(400, get("/api/relationships/F1A/CHN").statusCode());

        JsonNode found = JSON.readTree(get("/api/actors?name=macron").body());
        assertTrue(found.size() > 0, "no actor named macron");
        String actor = found.get(0).get("id").asText();
        JsonNode profile = JSON.readTree(get("/api/actors/" + Html.path(actor)).body());
        assertTrue(profile.get("events").size() > 0);
        assertTrue(profile.get("roles").size() > 0);

        JsonNode articles = JSON.readTree(get("/api/articles?limit=100").body());
        assertTrue(articles.size() >= 6);
        JsonNode art = JSON.readTree(get("/api/articles/" + TestStores.HOSTILE_ID).body());
        assertTrue(art.get("article").get("text").asText().contains("<script>"), "the API returns the text as stored");
        assertTrue(art.get("evidence").size() > 0, "the hostile article must yield an event");
    }

    @Test
    void dossierInMarkdownAndHtml() throws Exception {
        HttpResponse<String> md = get("/api/relationships/FRA/CHN/dossier?format=md");
        assertEquals(200, md.statusCode(), md.body());
        assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(md.body().contains("CHN") && md.body().contains("FRA"));
        HttpResponse<String> html = get("/api/relationships/CHN/FRA/dossier?format=html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("class=\"dossier\""));
        assertFalse(html.body().contains(TestStores.SCRIPT) || html.body().contains("<img src=x"), "the hostile report is escaped");
        assertEquals(400, get("/api/relationships/CHN/FRA/dossier?format=pdf").statusCode());
        assertEquals(400, get("/api/relationships/CHN/CHN/dossier").statusCode());
    }

    @Test
    void searchFindsSentencesWithTheirEvents() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + Html.query("commerce Xi"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode hits = JSON.readTree(r.body());
        JsonNode hostile = null;
        for (JsonNode h : hits) {
            if (TestStores.HOSTILE_ID.equals(h.get("article_id").asText())) {
                hostile = h;
            }
        }
        assertTrue(hostile != null, "the hostile article's event sentence is found: " + r.body());
        assertTrue(hostile.get("event_ids").size() > 0);
        assertTrue(hostile.get("matches").size() >= 2);
        assertEquals(400, get("/api/search").statusCode());
        HttpResponse<String> bad = get("/api/search?q=" + Html.query("\"unclosed"));
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("search query"), bad.body());

        HttpResponse<String> page = get("/search?q=commerce");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<mark>commerce</mark>"), "matches marked");
        assertFalse(page.body().contains(TestStores.SCRIPT) || page.body().contains("<img src=x"), "hits are escaped");
    }

    @Test
    void badInputIsA400WithoutInternals() throws Exception {
        for (String path : List.of("/api/events?since=yesterday", "/api/events?limit=many", "/api/relationships/FRANCE/CHN")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            JsonNode body = JSON.readTree(r.body());
            assertEquals(400, body.get("status").asInt());
            assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
        }
        HttpResponse<String> page = get("/events/none-such");
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("no event none-such"));
    }

    @Test
    void pagesAndAssetsCarrySecurityHeaders() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/api/events", "/events/none-such")) {
            HttpResponse<String> r = get(path);
            assertEquals(WebServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void assetsComeWithTheirTypes() throws Exception {
        assertEquals("text/javascript; charset=utf-8", get("/assets/app.js").headers().firstValue("Content-Type").orElse(null));
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void noPathReachesTheFileSystem() throws Exception {
        for (String path : List.of("/assets/../openapi.json", "/assets/../../web/WebServer.class", "/assets/%2e%2e/%2e%2e/store/Store.class",
                "/assets/..%2f..%2fweb%2fWebServer.class", "/assets/../../../../../../etc/passwd", "/etc/passwd", "/assets/")) {
            HttpResponse<String> r = get(path);
            assertNotEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("root:"), path);
        }
    }

    @Test
    void pagesEscapeStoredText() throws Exception {
        HttpResponse<String> r = get("/articles/" + TestStores.HOSTILE_ID);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(TestStores.SCRIPT), "raw script in the page");
        assertFalse(r.body().contains("<img src=x"), "raw img in the page");
        assertTrue(r.body().contains("&lt;script&gt;window.__pwned=1;"));
        assertFalse(r.body().contains("href=\"javascript:"), "a javascript: URL became a link");
        HttpResponse<String> search = get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertFalse(search.body().contains("<script>alert(1)"));
    }

    @Test
    void postingNeedsTheTokenAndStaysWithinTheLimit() throws Exception {
        String text = "Le ministre allemand des Affaires étrangères a rencontré mardi à Berlin son homologue polonais.";
        assertEquals(401, post("/api/articles", "text/plain", null, HttpRequest.BodyPublishers.ofString(text)).statusCode());
        HttpResponse<String> wrong = post("/api/articles", "text/plain", "Bearer nope", HttpRequest.BodyPublishers.ofString(text));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Authorization"));
        byte[] big = new byte[WebServer.MAX_BODY + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(413, post("/api/articles", "text/plain", "Bearer " + TOKEN, HttpRequest.BodyPublishers.ofByteArray(big)).statusCode());
        assertEquals(415, post("/api/articles", "image/png", "Bearer " + TOKEN, HttpRequest.BodyPublishers.ofString(text)).statusCode());

        HttpResponse<String> ok = post("/api/articles?id=posted-1", "text/plain; charset=utf-8", "Bearer " + TOKEN,
                HttpRequest.BodyPublishers.ofString(text));
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode outcome = JSON.readTree(ok.body()).get("articles").get(0);
        assertEquals("posted-1", outcome.get("id").asText());
        assertEquals("added", outcome.get("result").asText());
        assertEquals(200, get("/api/articles/posted-1").statusCode(), "readers see the write");
        JsonNode found = JSON.readTree(get("/api/search?q=" + Html.query("homologue polonais")).body());
        assertTrue(found.size() > 0 && found.get(0).get("article_id").asText().startsWith("posted"), "search follows the posts: " + found);
        HttpResponse<String> again = post("/api/articles?id=posted-1", "text/plain", "Bearer " + TOKEN, HttpRequest.BodyPublishers.ofString(text));
        assertEquals("unchanged", JSON.readTree(again.body()).get("articles").get(0).get("result").asText());

        String awkward = "lemonde.fr/2024/02/visite#1 l'été";
        HttpResponse<String> slashed = post("/api/articles?id=" + Html.query(awkward), "text/plain", "Bearer " + TOKEN,
                HttpRequest.BodyPublishers.ofString(text + " Ils se sont revus mercredi."));
        assertEquals(201, slashed.statusCode(), slashed.body());
        HttpResponse<String> back = get("/api/articles/" + Html.pathTail(awkward));
        assertEquals(200, back.statusCode(), "ids with slashes, # and quotes are reachable: " + back.body());
        assertEquals(awkward, JSON.readTree(back.body()).get("article").get("id").asText());
        assertEquals(200, get("/articles/" + Html.pathTail(awkward)).statusCode());

        String jsonl = "{\"id\":\"posted-2\",\"title\":\"Visite\",\"published\":\"2024-02-01\",\"text\":\"" + text + "\"}\n";
        HttpResponse<String> lines = post("/api/articles", "application/x-ndjson", "Bearer " + TOKEN, HttpRequest.BodyPublishers.ofString(jsonl));
        assertEquals(201, lines.statusCode(), lines.body());
        HttpResponse<String> html = post("/api/articles?id=posted-3", "text/html", "Bearer " + TOKEN,
                HttpRequest.BodyPublishers.ofString("<html><head><title>Visite à Berlin</title></head><body><article><p>" + text + "</p></article></body></html>"));
        assertEquals(201, html.statusCode(), html.body());
    }

    @Test
    void postingIsRefusedWithoutAServerToken() throws Exception {
        try (Store readOnly = store.reader(); WebServer closed = new WebServer(readOnly, null, TestStores::pipeline).start("127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("disabled"), r.body());
        }
    }

    @Test
    void readsRunInParallelWithAWrite() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String path = i % 2 == 0 ? "/api/events?countries=CHN" : "/relationships/CHN/FRA";
                reads.add(pool.submit(() -> get(path).statusCode()));
            }
            String text = "Le premier ministre japonais a téléphoné lundi à son homologue indien pour parler de sécurité maritime.";
            HttpResponse<String> write = post("/api/articles?id=posted-parallel", "text/plain", "Bearer " + TOKEN,
                    HttpRequest.BodyPublishers.ofString(text));
            assertEquals(201, write.statusCode(), write.body());
            for (var f : reads) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
