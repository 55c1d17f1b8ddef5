package org.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.store.SanctionFixture;
import org.entente.store.Store;
import org.entente.store.TestIngest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SANCTION events over real HTTP: the events filter, the relationship's measures, the dossier, the page. */
class SanctionApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path tmp;
    private static Store store;
    private static WebServer server;

    @BeforeAll
    static void start() {
        store = Store.open(tmp.resolve("s.duckdb"));
        SanctionFixture.into(store, TestIngest.pipeline(), TestIngest.actors());
        server = new WebServer(store, null, TestIngest::pipeline).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sanctionsAreListedFilteredAndGivenWithTheirSources() throws Exception {
        JsonNode events = JSON.readTree(get("/api/events?types=sanction&countries=RUS").body());
        assertEquals(3, events.size(), events.toString());
        for (JsonNode e : events) {
            assertEquals("SANCTION", e.get("type").asText());
            assertEquals("FRA", e.get("source_country").asText());
            assertTrue(e.get("goldstein").asDouble() < 0, e.toString());
        }
        JsonNode rel = JSON.readTree(get("/api/relationships/RUS/FRA").body());
        JsonNode measures = rel.get("measures");
        assertEquals(3, measures.size(), rel.toString());
        for (JsonNode m : measures) {
            assertEquals("SANCTION", m.get("event").get("type").asText());
            assertEquals(SanctionFixture.ARTICLE_ID, m.get("sources").get(0).get("article_id").asText());
        }
        assertTrue(rel.get("timeline").toString().contains("\"type\":\"SANCTION\""), rel.toString());

        String md = get("/api/relationships/FRA/RUS/dossier").body();
        assertTrue(md.contains("## Measures\n\n- 2024-03-05 — diplomatic measure: quatre diplomates russes"), md);
        String html = get("/relationships/FRA/RUS").body();
        assertTrue(html.contains("data-type=\"SANCTION\">") && html.contains("</svg>sanction</span>"), "a sanction badge: " + html);
        assertTrue(html.contains("<section class=\"statements\" data-type=\"SANCTION\"><h2>Measures</h2><ul"), "the measures listed");
        assertTrue(html.contains("value=\"SANCTION\""), "the page's type filter offers SANCTION");
    }
}
