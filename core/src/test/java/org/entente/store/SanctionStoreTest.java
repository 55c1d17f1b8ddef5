package org.entente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.export.EventJson;
import org.entente.export.EventRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SANCTION events through the real writer: their rows and codes, the measures view, every export format. */
class SanctionStoreTest {
    @TempDir
    static Path tmp;
    private static Store store;

    @BeforeAll
    static void build() {
        store = Store.open(tmp.resolve("s.duckdb"));
        SanctionFixture.into(store, TestIngest.pipeline(), TestIngest.actors());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<EventRow> sanctions() {
        return new Queries(store).events(new Queries.EventFilter(Set.of(), Set.of(), Set.of("sanction"), null, null, null,
                null, 100, 0));
    }

    @Test
    void eachMeasureIsOneEventWithTheCodesOfItsKind() {
        List<EventRow> rows = sanctions();
        assertEquals(SanctionFixture.MEASURES.size(), rows.size(), rows.toString());
        for (SanctionFixture.Measure m : SanctionFixture.MEASURES) {
            EventRow r = rows.stream().filter(x -> m.what().equals(x.what())).findFirst().orElseThrow(() -> new AssertionError(m.what()));
            assertEquals("SANCTION", r.type());
            assertEquals(m.cameo(), r.cameo(), m.what());
            assertEquals(m.goldstein(), r.goldstein(), m.what());
            assertEquals("SANCTION", r.ploverType());
            assertEquals(m.ploverMode(), r.ploverMode(), m.what());
            assertEquals("FRA", r.sourceCountry());
            assertEquals("RUS", r.targetCountry());
            assertEquals("FRA;RUS", r.countries());
            assertEquals(SanctionFixture.PUBLISHED, r.firstReported());
            assertEquals(SanctionFixture.URL, r.firstSourceUrl());
        }
        Queries q = new Queries(store);
        var detail = q.event(rows.get(0).eventId()).orElseThrow();
        assertEquals(SanctionFixture.ARTICLE_ID, detail.sources().get(0).articleId());
        assertTrue(q.timeline("FRA", "RUS").stream().anyMatch(c -> c.type().equals("SANCTION") && c.events() == 3),
                q.timeline("FRA", "RUS").toString());
        assertTrue(q.events(Queries.EventFilter.all()).stream().anyMatch(r -> r.type().equals("MEET")),
                "the real rules still find the meeting of the article");
    }

    @Test
    void theMeasuresViewTellsTheKindsApart() {
        Map<String, List<String>> byKind = store.read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT kind, cameo, imposed_by, imposed_on, description FROM measures ORDER BY cameo")) {
                while (rs.next()) {
                    out.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        });
        assertEquals(List.of("160", "FRA", "RUS", "traité bilatéral sur la pêche"), byKind.get("other"));
        assertEquals(List.of("161", "FRA", "RUS", "quatre diplomates russes"), byKind.get("diplomatic"));
        assertEquals(List.of("163", "FRA", "RUS", "toutes les liaisons aériennes"), byKind.get("economic"));
        assertEquals(3, byKind.size());
    }

    @Test
    void csvParquetAndJsonLinesCarryTheSanctions() throws Exception {
        Queries q = new Queries(store);
        long total = q.events(Queries.EventFilter.all()).size();
        for (String format : List.of("csv", "parquet")) {
            Path file = tmp.resolve("events." + format);
            assertEquals(total, q.copyEvents(file, format));
            String reader = format.equals("csv") ? "read_csv" : "read_parquet";
            String path = "'" + file.toString().replace("'", "''") + "'";
            List<String> got = store.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT plover_type, cameo, goldstein, "
                        + "source_country, target_country, what FROM " + reader + "(" + path + ") WHERE type = 'SANCTION' ORDER BY cameo")) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDouble(3) + " " + rs.getString(4) + "→"
                                + rs.getString(5) + " " + rs.getString(6));
                    }
                }
                return out;
            });
            assertEquals(List.of("SANCTION 160 -4.0 FRA→RUS traité bilatéral sur la pêche",
                    "SANCTION 161 -4.0 FRA→RUS quatre diplomates russes",
                    "SANCTION 163 -8.0 FRA→RUS toutes les liaisons aériennes"), got, format);
        }
        assertTrue(Files.readString(tmp.resolve("events.csv")).startsWith(String.join(",", EventRow.COLUMNS)));

        ObjectMapper json = new ObjectMapper();
        EventJson writer = new EventJson();
        List<JsonNode> lines = new ArrayList<>();
        q.forEachEvent(e -> {
            StringWriter w = new StringWriter();
            writer.write(e, w);
            try {
                lines.add(json.readTree(w.toString()));
            } catch (Exception x) {
                throw new AssertionError(x);
            }
        });
        List<JsonNode> sanctions = lines.stream().filter(n -> n.get("type").asText().equals("SANCTION")).toList();
        assertEquals(3, sanctions.size());
        JsonNode economic = sanctions.stream().filter(n -> n.get("cameo").asText().equals("163")).findFirst().orElseThrow();
        assertEquals("restrict", economic.get("plover_mode").asText());
        assertEquals(1, economic.get("mentions").size());
    }

    @Test
    void aSanctionSurvivesTheStoreCodec() {
        List<Event> events = new ArrayList<>();
        new Queries(store).forEachEvent(events::add);
        Event e = events.stream().filter(x -> x.type() == EventType.SANCTION && x.key().endsWith(":treaty")).findFirst().orElseThrow();
        assertEquals("FRA", e.source().country());
        assertEquals("RUS", e.target().country());
        assertNull(e.place());
        assertTrue(e.type().isStatement());
    }
}
