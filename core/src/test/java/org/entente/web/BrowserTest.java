package org.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real Chromium (Debian's chromium and chromium-driver, never downloaded):
 * browsing from a relationship to an event to its source article; what an analyst needs of each
 * page (names, not codes; relationships apart from forums; a timeline that reads; evidence by
 * article; filters in the URL; layouts at 1366×768 and 375 px); and script payloads stored in an
 * article that must show as text and never run. Screenshots go to target/screenshots/, every
 * page at both sizes under {@code 1366/} and {@code 375/}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    /** Held so that its level survives garbage collection of unreferenced loggers. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static Store store;
    private static WebServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        // Selenium warns that it has no DevTools bindings for this Chromium: WebDriver alone is used.
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String missing = "install Chromium and its driver (apt-get install -y chromium chromium-driver)";
        if (System.getenv("ENTENTE_REQUIRE_BROWSER") != null) {
            assertTrue(present, "ENTENTE_REQUIRE_BROWSER is set (CI): " + missing);
        }
        if (!present) {
            return; // each test reports itself skipped (needsBrowser): in here, the assumption would hide them
        }
        store = TestStores.build(TestStores.tempDir());
        server = new WebServer(store, null, TestStores::pipeline).start("127.0.0.1", 0);
        profile = Files.createTempDirectory("entente-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--user-data-dir=" + profile);
        // An explicit driver path: Selenium Manager must never try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(browser != null, "browser tests skipped: install Chromium and its driver "
                + "(apt-get install -y chromium chromium-driver)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void assertNothingRan() {
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"), "a stored payload ran on " + browser.getCurrentUrl());
        // The payload's text (shown escaped) contains the word too: only a title set to it alone means it ran.
        assertFalse(browser.getTitle().equals("PWNED"), "a stored payload changed the title on " + browser.getCurrentUrl());
    }

    @Test
    void browsesFromRelationshipToEventToSourceArticle() throws Exception {
        desktop();
        browser.get(url("/"));
        assertTrue(browser.getTitle().startsWith("Relationships"));
        shot("home");
        pairLink("CHN-FRA").click();
        assertTrue(browser.getCurrentUrl().endsWith("/relationships/CHN/FRA"), browser.getCurrentUrl());
        assertEquals("China – France", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("svg.timeline rect.bar")).isEmpty(), "timeline chart drawn");
        shot("relationship");

        browser.findElement(By.cssSelector("table.events tbody tr a")).click();
        assertTrue(browser.getCurrentUrl().contains("/events/"), browser.getCurrentUrl());
        WebElement evidence = browser.findElement(By.cssSelector(".article-text mark"));
        assertTrue(evidence.isDisplayed());
        assertFalse(browser.findElements(By.cssSelector(".article-text mark strong")).isEmpty(), "trigger words highlighted");
        shot("event");

        browser.findElement(By.cssSelector("a.source-link")).click();
        assertTrue(browser.getCurrentUrl().contains("/articles/"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector(".article-text mark")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("ul.evidence a")).isEmpty());
        shot("article");
    }

    /** Clicks what leads to another page and waits for that page to replace this one. */
    private static void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private static WebElement pairLink(String pair) {
        return browser.findElements(By.cssSelector("table.relationships a.pair")).stream()
                .filter(a -> pair.equals(a.getAttribute("data-pair"))).findFirst().orElseThrow(() -> new AssertionError("no pair " + pair));
    }

    private static Set<String> pairsListed() {
        Set<String> out = new TreeSet<>();
        browser.findElements(By.cssSelector("table.relationships a.pair")).forEach(a -> out.add(a.getAttribute("data-pair")));
        return out;
    }

    @Test
    void homeListsStatesByNameAndForumsApartFromPairs() throws Exception {
        desktop();
        browser.get(url("/"));
        Set<String> pairs = pairsListed();
        assertTrue(pairs.contains("CHN-KAZ"), "the pair that met bilaterally: " + pairs);
        for (String forumOnly : List.of("IND-RUS", "BLR-IND", "IRN-PAK", "KAZ-RUS")) {
            assertFalse(pairs.contains(forumOnly), forumOnly + " only sat together at the summit");
        }
        WebElement kaz = pairLink("CHN-KAZ");
        assertEquals("China – Kazakhstan", kaz.getText());
        assertEquals("KAZ", kaz.findElements(By.cssSelector("abbr")).get(1).getAttribute("title"), "the code on hover");
        String forums = browser.findElement(By.cssSelector("table.forums")).getText();
        assertTrue(forums.contains("Shanghai Cooperation Organisation") && forums.contains("Belarus") && forums.contains("India"), forums);
        assertTrue(browser.findElement(By.cssSelector("table.upcoming")).getText().contains("2026"), "the planned visit is upcoming, apart");
        String lastOfKaz = kaz.findElement(By.xpath("ancestor::tr")).getText();
        assertFalse(lastOfKaz.contains("2026"), "the last event is one that took place: " + lastOfKaz);
        assertTrue(lastOfKaz.contains("3 July 2024"), "dates at their precision: " + lastOfKaz);

        browser.get(url("/?lang=fr"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Chine – Kazakhstan", pairLink("CHN-KAZ").getText());
        assertTrue(pairLink("CHN-KAZ").findElement(By.xpath("ancestor::tr")).getText().contains("3 juillet 2024"));
        follow(pairLink("CHN-KAZ"));
        assertTrue(browser.getCurrentUrl().contains("lang=fr"), "links keep the language");
        assertTrue(browser.findElement(By.cssSelector("table.events")).getText().contains("rencontre"), "types as French words");
        follow(browser.findElement(By.cssSelector("nav.lang a[hreflang=en]")));
        assertEquals("China – Kazakhstan", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getCurrentUrl().contains("lang=fr"));

        browser.get(url("/countries/KAZ"));
        assertTrue(browser.findElement(By.cssSelector("table.forums")).getText().contains("Shanghai Cooperation Organisation"),
                "the summit is counted on each member's page");
    }

    @Test
    void seedsHomeListsNoPairThatOnlyAForumProduced() throws Exception {
        Path seeds = Path.of(System.getProperty("entente.shared", "../shared"), "corpus", "seeds", "articles");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/corpus is absent: skipping the seeds store");
        try (Store s = Store.open(TestStores.tempDir().resolve("seeds.duckdb"))) {
            org.entente.store.ArticleWriter writer = new org.entente.store.ArticleWriter(s, org.entente.actors.ActorBase.configured());
            new org.entente.ingest.ArticleSource().read(List.of(seeds), a -> writer.write(TestStores.pipeline().process(a)), p -> {
                throw new IllegalStateException(p.toString());
            });
            var q = new org.entente.store.Queries(s);
            Set<String> bilateral = new TreeSet<>();
            q.bilateralPairs(10_000).forEach(p -> bilateral.add(p.a() + "-" + p.b()));
            Set<String> forumOnly = new TreeSet<>();
            for (var m : q.multilateral(null)) {
                List<String> c = List.of(m.event().countries().split(";"));
                for (int i = 0; i < c.size(); i++) {
                    for (int j = i + 1; j < c.size(); j++) {
                        String pair = c.get(i).compareTo(c.get(j)) < 0 ? c.get(i) + "-" + c.get(j) : c.get(j) + "-" + c.get(i);
                        if (!bilateral.contains(pair)) {
                            forumOnly.add(pair);
                        }
                    }
                }
            }
            try (WebServer seedsServer = new WebServer(s, null, TestStores::pipeline).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + seedsServer.port();
                desktop();
                browser.get(base + "/");
                Set<String> listed = pairsListed();
                assertFalse(listed.isEmpty());
                Set<String> wrong = new TreeSet<>(listed);
                wrong.retainAll(forumOnly);
                assertTrue(wrong.isEmpty(), "pairs only a forum produced: " + wrong);
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("Kazakhstan"), "names, not only codes");
                if (listed.contains("CHN-KAZ")) {
                    String last = pairLink("CHN-KAZ").findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector(".type")).getAttribute("data-type");
                    assertFalse(org.entente.events.EventType.valueOf(last).isStatement(),
                            "the last event is a contact, not a statement dated by what it speaks of: " + last);
                }
                List<String> pages = new ArrayList<>(List.of("/", "/?lang=fr", "/events"));
                if (!listed.isEmpty()) {
                    String first = listed.contains("CHN-KAZ") ? "CHN-KAZ" : listed.iterator().next();
                    pages.add("/relationships/" + first.replace('-', '/'));
                    pages.add("/relationships/" + first.replace('-', '/') + "?lang=fr");
                }
                List<String> eventIds = new ArrayList<>();
                q.events(org.entente.store.Queries.EventFilter.all()).stream().limit(1).forEach(e -> eventIds.add(e.eventId()));
                eventIds.forEach(id -> pages.add(Pages.eventUrl(id)));
                int i = 0;
                for (String page : pages) {
                    String name = "seeds-" + i++;
                    for (boolean phone : new boolean[] {false, true}) {
                        size(phone);
                        browser.get(base + page);
                        shotAt(name, phone);
                        assertNoOverflow(page);
                    }
                }
            }
        }
    }

    @Test
    void timelineOfThirtyYearsIsYearlyAndTheRangeControlChangesTheList() throws Exception {
        desktop();
        browser.get(url("/relationships/CHN/KAZ"));
        WebElement chart = browser.findElement(By.cssSelector("svg.timeline"));
        assertEquals("year", chart.getAttribute("data-unit"), "1992 to 2026 is drawn by year");
        assertEquals(2026 - 1992 + 1, browser.findElements(By.cssSelector("svg.timeline g.bucket")).size());
        assertTrue(dates().stream().anyMatch(d -> d.startsWith("1992")), "the 1992 establishment is listed");
        assertFalse(browser.findElements(By.cssSelector("svg.timeline rect.bar.planned")).isEmpty(), "the planned visit is drawn apart");
        shot("relationship-decades");

        follow(browser.findElement(By.cssSelector("nav.range a.range-5y")));
        assertTrue(browser.getCurrentUrl().contains("since="), browser.getCurrentUrl());
        assertFalse(dates().stream().anyMatch(d -> d.startsWith("1992")), "the range filters the list: " + dates());
        assertFalse(dates().isEmpty());
        assertEquals("month", browser.findElement(By.cssSelector("svg.timeline")).getAttribute("data-unit"), "and the chart, redrawn by month");

        follow(browser.findElement(By.cssSelector("nav.range a.range-all")));
        assertTrue(dates().stream().anyMatch(d -> d.startsWith("1992")));

        // The brush: a drag across the first years only keeps 1992.
        List<WebElement> buckets = browser.findElements(By.cssSelector("svg.timeline g.bucket rect.hit"));
        new Actions(browser).moveToElement(buckets.get(0)).clickAndHold().moveToElement(buckets.get(2)).release().perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("until="));
        assertTrue(browser.getCurrentUrl().contains("since=1992") && browser.getCurrentUrl().contains("until=1994"), browser.getCurrentUrl());
        assertTrue(dates().stream().allMatch(d -> d.startsWith("199")), dates().toString());
        assertFalse(dates().isEmpty());

        // Types toggled from the legend.
        browser.get(url("/relationships/CHN/KAZ"));
        int meets = browser.findElements(By.cssSelector("table.events tbody tr[data-type=MEET]")).size();
        assertTrue(meets > 0);
        follow(browser.findElement(By.cssSelector("ul.legend a[data-type=MEET]")));
        assertTrue(browser.findElements(By.cssSelector("table.events tbody tr[data-type=MEET]")).isEmpty(), "MEET hidden from the legend");
        assertTrue(browser.findElements(By.cssSelector("svg.timeline rect.bar[data-type=MEET]")).isEmpty(), "from the chart too");
        assertFalse(browser.findElements(By.cssSelector("table.events tbody tr")).isEmpty());
    }

    private static List<String> dates() {
        List<String> out = new ArrayList<>();
        browser.findElements(By.cssSelector("table.events tbody tr")).forEach(r -> out.add(r.getAttribute("data-date")));
        return out;
    }

    @Test
    void anEventCitedByFourSentencesOfOneArticleShowsOneSource() throws Exception {
        desktop();
        browser.get(url("/articles/" + TestStores.FOUR_SENTENCES_ID));
        follow(browser.findElement(By.cssSelector("ul.evidence a")));
        assertTrue(browser.getCurrentUrl().contains("/events/"));
        assertEquals(1, browser.findElements(By.cssSelector("article.source")).size(), "one entry for the one article");
        WebElement text = browser.findElement(By.cssSelector("article.source .article-text"));
        assertEquals(4, text.findElements(By.cssSelector("mark strong")).size(), "its four cited sentences marked in place");
        assertTrue(browser.findElement(By.cssSelector("article.source")).getText().contains("4 cited sentences"));
        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertFalse(h1.contains("→"), "a call has no direction: " + h1);
        assertTrue(h1.contains("Brazil") && h1.contains("France"), h1);
        assertTrue(browser.findElement(By.cssSelector("ul.participants")).getText().contains("head of state"), "roles as words");
        shot("event-four-sentences");

        browser.get(url("/relationships/CHN/KAZ?types=VISIT"));
        follow(browser.findElement(By.cssSelector("table.events tbody tr a")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("→"), "a visit has a visitor and a host");

        browser.get(url("/api/relationships/CHN/KAZ/dossier?format=html"));
        List<WebElement> stored = browser.findElements(By.cssSelector("section.dossier a.stored"));
        assertFalse(stored.isEmpty(), "dossier sources link to the stored article");
        assertTrue(stored.get(0).getAttribute("href").contains("/articles/"));
        assertFalse(browser.findElements(By.cssSelector("section.dossier a.original[href^='https://example.org/']")).isEmpty(), "and to its URL");
        follow(stored.get(0));
        urlContains("/articles/"); // a click navigates asynchronously: wait for the new page
    }

    @Test
    void filtersSurviveAReloadAndDownloadsGiveWhatIsShown() throws Exception {
        desktop();
        browser.get(url("/relationships/CHN/KAZ"));
        browser.findElement(By.cssSelector("form.filters input[name=types][value=MEET]")).click();
        browser.findElement(By.cssSelector("form.filters input[name=types][value=SIGN]")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("form.filters select[name=status]"))).selectByValue("happened");
        browser.findElement(By.cssSelector("form.filters input[name=since]")).sendKeys("2000");
        follow(browser.findElement(By.cssSelector("form.filters button")));
        String filtered = browser.getCurrentUrl();
        assertTrue(filtered.contains("types=MEET") && filtered.contains("types=SIGN") && filtered.contains("status=happened")
                && filtered.contains("since=2000"), filtered);
        List<String> shown = rowTypes();
        assertEquals(List.of("MEET", "SIGN"), shown.stream().sorted().toList(), shown.toString());

        browser.navigate().refresh();
        assertEquals(filtered, browser.getCurrentUrl());
        assertEquals(shown, rowTypes(), "the same rows after a reload");
        assertTrue(browser.findElement(By.cssSelector("form.filters input[name=types][value=MEET]")).isSelected());
        assertFalse(browser.findElement(By.cssSelector("form.filters input[name=types][value=VISIT]")).isSelected());
        assertEquals("2000", browser.findElement(By.cssSelector("form.filters input[name=since]")).getAttribute("value"));
        shot("relationship-filtered");

        String csv = fetch(browser.findElement(By.cssSelector("a.download[href*='format=csv']")).getAttribute("href"));
        assertEquals(shown.size() + 1, csv.split("\r\n").length, "a header and the rows shown: " + csv);
        JsonNode json = new ObjectMapper().readTree(fetch(browser.findElement(By.cssSelector("a.download[href*='format=json']")).getAttribute("href")));
        assertEquals(shown.size(), json.size());
        assertEquals(shown, java.util.stream.StreamSupport.stream(json.spliterator(), false).map(n -> n.get("type").asText()).toList());

        browser.get(url("/events?countries=KAZ&text=accord"));
        browser.navigate().refresh();
        assertEquals("KAZ", browser.findElement(By.cssSelector("form.filters input[name=countries]")).getAttribute("value"));
        assertEquals("accord", browser.findElement(By.cssSelector("form.filters input[name=text]")).getAttribute("value"));
        assertEquals(List.of("SIGN"), rowTypes(), "the words filter the evidence sentences");
        assertEquals(400, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/events?types=PARTY"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "an unknown type is refused");
    }

    private static List<String> rowTypes() {
        List<String> out = new ArrayList<>();
        browser.findElements(By.cssSelector("table.events tbody tr")).forEach(r -> out.add(r.getAttribute("data-type")));
        return out;
    }

    private static String fetch(String href) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), href);
        return r.body();
    }

    /** Every page at 1366×768 and at 375 px, saved, and none wider than a phone's screen. */
    @Test
    void everyPageFitsAPhoneAndADesktop() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/actors?name=xi"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String xi = new ObjectMapper().readTree(r.body()).get(0).get("id").asText();
        String event = eventOf(TestStores.FOUR_SENTENCES_ID);
        String[][] pages = {
            {"home", "/"}, {"home-fr", "/?lang=fr"}, {"relationship", "/relationships/CHN/KAZ"},
            {"relationship-fr", "/relationships/CHN/KAZ?lang=fr"}, {"relationship-month", "/relationships/CHN/FRA"},
            {"events", "/events"}, {"events-filtered", "/events?countries=CHN&types=MEET,VISIT&status=happened"},
            {"event", Pages.eventUrl(event)}, {"article", "/articles/test-kaz-2024"}, {"articles", "/articles"},
            {"actor", "/actors/" + Html.path(xi)}, {"country", "/countries/KAZ"}, {"search", "/search?q=entretien"},
            {"dossier", "/api/relationships/CHN/KAZ/dossier?format=html"}, {"not-found", "/events/none-such"},
        };
        for (String[] page : pages) {
            for (boolean phone : new boolean[] {false, true}) {
                size(phone);
                browser.get(url(page[1]));
                assertNothingRan();
                shotAt(page[0], phone);
                assertNoOverflow(page[1] + (phone ? " at 375 px" : " at 1366 px"));
            }
        }
        desktop();
    }

    private static String eventOf(String articleId) throws Exception {
        JsonNode a = new ObjectMapper().readTree(fetch(url("/api/articles/" + articleId)));
        return a.get("evidence").get(0).get("event_id").asText();
    }

    private static void size(boolean phone) {
        browser.manage().window().setSize(phone ? new Dimension(375, 812) : new Dimension(1366, 768));
    }

    private static void desktop() {
        size(false);
    }

    /** The page scrolls only vertically: wide tables scroll inside their own box. */
    private static void assertNoOverflow(String what) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        long client = ((Number) js("return document.documentElement.clientWidth;")).longValue();
        assertTrue(scroll <= client, what + ": the page is " + scroll + " px wide in a " + client + " px window");
    }

    /** The window as seen, and the whole page (the window stretched to its height) for review. */
    private static void shotAt(String name, boolean phone) throws Exception {
        String dir = phone ? "375" : "1366";
        Files.createDirectories(SHOTS.resolve(dir));
        shot(dir + "/" + name);
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(4000, Math.max(before.getHeight(), height))));
            shot(dir + "/" + name + "-full");
        } catch (org.openqa.selenium.WebDriverException e) {
            // The stretched window is a convenience for review; a busy machine may time it out.
            System.err.println("BrowserTest: no full-page screenshot of " + name + ": " + e.getMessage().lines().findFirst().orElse(""));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void showsActorArticlesAndSearchPages() throws Exception {
        desktop();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/actors?name=macron"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode actors = new ObjectMapper().readTree(r.body());
        browser.get(url("/actors/" + Html.path(actors.get(0).get("id").asText())));
        assertFalse(browser.findElements(By.cssSelector("table.roles tbody tr")).isEmpty(), "roles over time");
        assertFalse(browser.findElements(By.cssSelector("svg.network circle")).isEmpty(), "who met whom");
        shot("actor");
        browser.findElement(By.cssSelector("svg.network a circle")).click();
        urlContains("/actors/"); // a click navigates asynchronously: wait for the new page

        browser.get(url("/articles"));
        assertTrue(browser.findElements(By.cssSelector("table.articles tbody tr")).size() >= 6);
        shot("articles");

        browser.get(url("/"));
        browser.findElement(By.name("q")).sendKeys("commerce");
        browser.findElement(By.cssSelector("header form button")).click();
        urlContains("/search?q=commerce"); // a click navigates asynchronously: wait for the new page
        assertFalse(browser.findElements(By.cssSelector("ol.hits mark")).isEmpty(), "matches highlighted");
        shot("search");
        browser.findElement(By.cssSelector("ol.hits li a")).click();
        urlContains("/articles/"); // a click navigates asynchronously: wait for the new page

        browser.get(url("/relationships/CHN/FRA"));
        browser.findElement(By.cssSelector("a.dossier")).click();
        assertFalse(browser.findElements(By.cssSelector("section.dossier h2")).isEmpty(), "dossier sections");
        assertNothingRan();
        shot("dossier");
    }

    @Test
    void storedPayloadsShowAsTextAndNeverRun() throws Exception {
        desktop();
        browser.get(url("/articles/" + TestStores.HOSTILE_ID));
        assertNothingRan();
        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertTrue(h1.contains(TestStores.SCRIPT) && h1.contains(TestStores.IMG), "title shown as text: " + h1);
        String text = browser.findElement(By.cssSelector(".article-text")).getText();
        assertTrue(text.contains(TestStores.SCRIPT) && text.contains(TestStores.IMG), "text shown as text");
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty(), "no element made of a payload");
        shot("xss-article");

        browser.findElement(By.cssSelector("ul.evidence a")).click();
        assertTrue(browser.getCurrentUrl().contains("/events/"));
        assertNothingRan();
        String mark = browser.findElement(By.cssSelector(".article-text mark:first-of-type")).getText();
        assertFalse(browser.findElements(By.cssSelector(".article-text mark")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().contains(TestStores.IMG), mark);
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
        shot("xss-event");

        browser.get(url("/search?q=commerce"));
        assertNothingRan();
        assertTrue(browser.findElement(By.cssSelector("ol.hits")).getText().contains(TestStores.IMG), "hit shown as text");
        assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
        shot("xss-search");

        for (String path : List.of("/relationships/CHN/FRA", "/articles", "/search?q=" + Html.query(TestStores.SCRIPT),
                "/api/relationships/CHN/FRA/dossier?format=html",
                "/events/" + Html.query(TestStores.IMG), "/actors/" + Html.query(TestStores.SCRIPT))) {
            browser.get(url(path));
            assertNothingRan();
            assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty(), path);
        }
        browser.get(url("/search?q=" + Html.query(TestStores.SCRIPT)));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(TestStores.SCRIPT), "query shown as text");
    }

    private static void urlContains(String part) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
    }
}
