package org.entente.export;

import org.entente.actors.Actor;
import org.entente.actors.ActorBase;
import org.entente.pipeline.Pipeline;
import org.entente.store.Queries;
import org.entente.store.Store;
import org.entente.store.TestIngest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DossierTest {
    private static final Path EXAMPLES = org.entente.pipeline.SharedCorpus.examples();
    private static Pipeline pipeline;
    private static ActorBase actors;

    @BeforeAll
    static void load() {
        pipeline = TestIngest.pipeline();
        actors = TestIngest.actors();
    }

    @Test
    void theDossierOfAPairListsItsEventsWithTheirSources(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            Queries q = new Queries(store);
            // The pair of the JSON lines example, whose articles have URLs.
            Dossier d = Dossier.of(q, "CHN", "BRA", id -> actors.byId(id).map(Actor::name).orElse(id));
            var expected = q.events(new Queries.EventFilter(java.util.Set.of("BRA", "CHN"), null, null, null, null, null, null, 1000, 0));
            assertFalse(expected.isEmpty());
            assertEquals(expected.size(), d.events());
            assertEquals("BRA", d.a(), "states in alphabetical order whatever the order given");
            List<Dossier.Entry> listed = d.sections().stream().flatMap(s -> s.entries().stream()).toList();
            assertEquals(expected.size(), listed.size(), "every event is in exactly one section");
            for (Dossier.Entry e : listed) {
                assertFalse(e.sources().isEmpty(), "every line cites its sources: " + e.event().eventId());
            }
            var meetings = d.sections().stream().filter(s -> s.title().startsWith("Meetings")).findFirst().orElseThrow();
            assertFalse(meetings.entries().isEmpty());
            String md = d.toMarkdown();
            Queries.Source src = listed.get(0).sources().get(0);
            String title = q.article(src.articleId()).orElseThrow().title();
            assertTrue(md.contains(Dossier.md(title)), "cites the article title");
            Queries.Source web = listed.stream().flatMap(e -> e.sources().stream()).filter(x -> x.url() != null).findFirst().orElseThrow();
            assertTrue(md.contains("<" + web.url() + ">"), "and its URL when known");
            assertTrue(md.contains("Brazil – China"), md.lines().findFirst().orElse(""));
            assertEquals(md, Dossier.of(q, "BRA", "CHN", id -> actors.byId(id).map(Actor::name).orElse(id)).toMarkdown());
        }
    }

    @Test
    void measuresHaveTheirOwnSectionInBothFormats(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            org.entente.store.SanctionFixture.into(store, pipeline, actors);
            Dossier d = Dossier.of(new Queries(store), "RUS", "FRA", id -> actors.byId(id).map(Actor::name).orElse(id));
            Dossier.Section measures = d.sections().stream().filter(s -> s.title().equals("Measures")).findFirst().orElseThrow();
            assertEquals(org.entente.store.SanctionFixture.MEASURES.size(), measures.entries().size());
            assertEquals(d.events(), d.sections().stream().mapToInt(s -> s.entries().size()).sum(), "every event in one section");
            for (Dossier.Entry e : measures.entries()) {
                assertEquals("SANCTION", e.event().type());
                assertEquals(org.entente.store.SanctionFixture.ARTICLE_ID, e.sources().get(0).articleId());
            }
            String md = d.toMarkdown();
            assertTrue(md.contains("\n## Measures\n\n- 2024-03-05 — diplomatic measure: quatre diplomates russes (FRA against RUS); 1 article\n"
                    + "  - " + Dossier.md(org.entente.store.SanctionFixture.TITLE) + ", " + org.entente.store.SanctionFixture.PUBLISHED
                    + " <" + org.entente.store.SanctionFixture.URL + ">: “La France a expulsé mardi"), md);
            assertTrue(md.contains("economic measure: toutes les liaisons aériennes (FRA against RUS)"), md);
            assertTrue(md.contains("— measure: traité bilatéral sur la pêche (FRA against RUS)"), md);
            assertTrue(md.indexOf("## Support statements") < md.indexOf("## Measures")
                    && md.indexOf("## Measures") < md.indexOf("## Mechanisms and forums"), md);
            String html = d.toHtml();
            assertTrue(html.contains("<h2>Measures</h2>\n<ul>\n<li data-event=\""), html);
            assertTrue(html.contains("economic measure: toutes les liaisons aériennes (FRA against RUS); 1 article"), html);
            assertTrue(html.contains("<a href=\"" + org.entente.store.SanctionFixture.URL + "\""), html);
            assertTrue(html.contains("<q>Paris a suspendu mardi toutes les liaisons aériennes avec la Russie.</q>"), html);

            Dossier other = Dossier.of(new Queries(store), "FRA", "UKR");
            assertTrue(other.toMarkdown().contains("## Measures\n\nNo sanction, expulsion, recall or treaty withdrawal.\n"),
                    other.toMarkdown());
        }
    }

    @Test
    void aPairWithoutEventsGetsADossierThatSaysSo(@TempDir Path tmp) {
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, EXAMPLES);
            Dossier d = Dossier.of(new Queries(store), "NOR", "PER");
            assertTrue(d.isEmpty());
            assertTrue(d.toMarkdown().contains("no event between NOR and PER"), d.toMarkdown());
            assertTrue(d.toHtml().contains("no event between NOR and PER"));
        }
    }

    @Test
    void everyStoredStringIsEscapedInHtml(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String line = "{\"id\": \"x<script>1\", \"url\": \"javascript:alert(1)\", \"title\": \"Titre <script>alert('t')</script> & co\", "
                + "\"published\": \"2022-05-10\", \"text\": \"Le président sénégalais Macky Sall a rencontré mardi à Dakar le chancelier "
                + "allemand Olaf Scholz <script>alert(2)</script>. Les deux dirigeants ont signé un accord sur le gaz.\"}\n";
        Files.writeString(in.resolve("a.jsonl"), line, StandardCharsets.UTF_8);
        try (Store store = Store.open(tmp.resolve("x.duckdb"))) {
            TestIngest.into(store, pipeline, actors, in);
            Dossier d = Dossier.of(new Queries(store), "SEN", "DEU");
            assertFalse(d.isEmpty(), "the test article states events between the two states");
            for (String html : List.of(d.toHtml(), d.toHtmlFragment())) {
                assertFalse(html.contains("<script"), html);
                assertTrue(html.contains("&lt;script&gt;"), html);
                assertFalse(html.contains("href=\"javascript"), "only web links are links");
                assertFalse(html.contains("& co"), "ampersands are escaped");
            }
            assertTrue(d.toHtml().startsWith("<!DOCTYPE html>") && d.toHtml().endsWith("</html>\n"));
            assertTrue(d.toHtmlFragment().startsWith("<section"));
            String md = d.toMarkdown();
            assertTrue(md.contains("\\<script\\>"), md);
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<script").matcher(md).find(), "raw HTML is escaped in Markdown too");
        }
    }
}
