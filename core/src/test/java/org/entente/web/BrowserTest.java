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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real Chromium (Debian's chromium and chromium-driver, never downloaded):
 * browsing from a relationship to an event to its source article, and script payloads stored in
 * an article that must show as text and never run. Screenshots go to target/screenshots/.
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
                "--window-size=1280,1000", "--user-data-dir=" + profile);
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
        browser.get(url("/"));
        assertTrue(browser.getTitle().startsWith("Relationships"));
        shot("home");
        WebElement pair = browser.findElements(By.cssSelector("table.relationships a")).stream()
                .filter(a -> a.getText().equals("CHN – FRA")).findFirst().orElseThrow();
        pair.click();
        assertTrue(browser.getCurrentUrl().endsWith("/relationships/CHN/FRA"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("svg.timeline rect")).isEmpty(), "timeline chart drawn");
        shot("relationship");

        // The type filter is the page's script: it must run under the Content-Security-Policy.
        int rows = browser.findElements(By.cssSelector("table.events tbody tr")).size();
        browser.findElement(By.cssSelector("input.type-filter[value=MEET]")).click();
        long visible = browser.findElements(By.cssSelector("table.events tbody tr")).stream().filter(WebElement::isDisplayed).count();
        long meets = browser.findElements(By.cssSelector("table.events tbody tr[data-type=MEET]")).size();
        assertTrue(meets > 0);
        assertEquals(rows - meets, visible, "MEET rows hidden by the filter");
        browser.findElement(By.cssSelector("input.type-filter[value=MEET]")).click();

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

    @Test
    void showsActorArticlesAndSearchPages() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/actors?name=macron"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode actors = new ObjectMapper().readTree(r.body());
        browser.get(url("/actors/" + Html.path(actors.get(0).get("id").asText())));
        assertFalse(browser.findElements(By.cssSelector("table.roles tbody tr")).isEmpty(), "roles over time");
        assertFalse(browser.findElements(By.cssSelector("svg.network circle")).isEmpty(), "who met whom");
        shot("actor");
        browser.findElement(By.cssSelector("svg.network a")).click();
        assertTrue(browser.getCurrentUrl().contains("/actors/"));

        browser.get(url("/articles"));
        assertTrue(browser.findElements(By.cssSelector("table.articles tbody tr")).size() >= 6);
        shot("articles");

        browser.get(url("/"));
        browser.findElement(By.name("q")).sendKeys("commerce");
        browser.findElement(By.cssSelector("header form button")).click();
        assertTrue(browser.getCurrentUrl().contains("/search?q=commerce"));
        assertFalse(browser.findElements(By.cssSelector("ol.hits mark")).isEmpty(), "matches highlighted");
        shot("search");
        browser.findElement(By.cssSelector("ol.hits li a")).click();
        assertTrue(browser.getCurrentUrl().contains("/articles/"));

        browser.get(url("/relationships/CHN/FRA"));
        browser.findElement(By.cssSelector("a.dossier")).click();
        assertFalse(browser.findElements(By.cssSelector("section.dossier h2")).isEmpty(), "dossier sections");
        assertNothingRan();
        shot("dossier");
    }

    @Test
    void storedPayloadsShowAsTextAndNeverRun() throws Exception {
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
}
