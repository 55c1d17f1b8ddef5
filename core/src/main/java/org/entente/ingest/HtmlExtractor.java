package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main text and metadata of a news page. The main text is the {@code articleBody} element, else
 * the largest {@code <article>} when it holds a fair part of the page's prose, else the element
 * whose paragraphs carry the most text; furniture (selectors of {@code html-noise.txt}) is
 * removed first. Block elements become lines so the sentence splitter sees paragraph ends.
 */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "td", "th", "ul", "caption", "center");
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
    /** Paragraphs shorter than this are captions, buttons or labels, not prose that locates the body. */
    private static final int MIN_PARAGRAPH = 25;
    /** An {@code <article>} must carry this share of the page's prose, else it is a teaser card. */
    private static final double MIN_ARTICLE_SHARE = 0.4;
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[property=og:article:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=dc.date]",
        "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.created]",
        "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=og:pubdate]"};
    private static final String[] AUTHOR_META = {
        "meta[name=author]", "meta[property=article:author]", "meta[name=dc.creator]", "meta[name=byl]"};
    private static final String[] SITE_META = {
        "meta[property=og:site_name]", "meta[name=publisher]", "meta[name=dc.publisher]",
        "meta[name=application-name]"};

    /**
     * Elements nested deeper than this are unwrapped (their text kept in place): no real page
     * comes near it, and every selector with a descendant combinator, every {@code closest} and
     * every candidate's {@code text()} costs the depth, so 50,000 nested {@code <div>} made the
     * extraction quadratic (40 s). Bounded depth keeps it linear in the page.
     */
    static final int MAX_DEPTH = 200;

    private final List<String> noiseSelectors;
    private final BoilerplateCleaner agencies;
    private final ObjectMapper json = new ObjectMapper();

    HtmlExtractor(BoilerplateCleaner agencies) {
        this.agencies = Objects.requireNonNull(agencies);
        this.noiseSelectors = loadNoise();
    }

    HtmlPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        flattenBelow(doc, MAX_DEPTH);
        String url = firstNonBlank(attr(doc, "meta[property=og:url]", "content"),
                attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "link[rel=canonical]", "href"));
        Map<String, String> ld = jsonLd(doc);
        String siteName = firstNonBlank(attr(doc, "meta[property=og:site_name]", "content"), ld.get("publisher"));
        String title = firstNonBlank(attr(doc, "meta[property=og:title]", "content"),
                attr(doc, "meta[name=twitter:title]", "content"), ld.get("headline"),
                stripSiteSuffix(doc.title(), siteName));

        LinkedHashSet<String> dates = new LinkedHashSet<>();
        for (String selector : DATE_META) {
            add(dates, attr(doc, selector, "content"));
        }
        add(dates, ld.get("datePublished"));
        add(dates, attr(doc, "[itemprop=datePublished]", "datetime"));
        add(dates, attr(doc, "time[pubdate]", "datetime"));

        String source = null;
        boolean agency = false;
        for (String selector : AUTHOR_META) {
            String author = attr(doc, selector, "content");
            String known = author == null ? null : agencies.findAgency(author);
            if (known != null) {
                source = known;
                agency = true;
                break;
            }
        }
        if (source == null) {
            source = siteName;
            for (int i = 1; source == null && i < SITE_META.length; i++) {
                source = blankToNull(attr(doc, SITE_META[i], "content"));
            }
        }

        // A <time datetime> is a date of last resort: the story's own (often in its <header>, which
        // the noise pass removes, hence before it), else the page's first outside side columns.
        Element time = doc.selectFirst("article time[datetime], [itemprop=articleBody] time[datetime]");
        if (time == null) {
            for (Element t : doc.select("time[datetime]")) {
                if (t.closest("aside, nav, footer") == null) {
                    time = t;
                    break;
                }
            }
        }
        if (time != null) {
            add(dates, time.attr("datetime"));
        }
        Element body = doc.body();
        removeNoise(body);
        Element main = mainElement(body);
        if (title == null) {
            Element h1 = main.selectFirst("h1");
            title = h1 == null ? null : blankToNull(h1.text());
        }
        // The headline is Article.title; repeated inside the body it would be a second copy.
        if (title != null) {
            for (Element h : main.select("h1")) {
                if (h.text().strip().equalsIgnoreCase(title.strip())) {
                    h.remove();
                }
            }
        }
        return new HtmlPage(title, url, source, agency, new ArrayList<>(dates), render(main));
    }

    /** Unwraps every element deeper than {@code max} below the document, in one linear pass. */
    static void flattenBelow(Document doc, int max) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > max && node instanceof Element e) {
                deep.add(e);
            }
        }, doc);
        // Outermost first: each unwrap then moves only the element's own children up one level.
        for (Element e : deep) {
            e.unwrap();
        }
    }

    private void removeNoise(Element body) {
        for (String selector : noiseSelectors) {
            for (Element e : body.select(selector)) {
                if (!KEEP.contains(e.normalName()) && e.selectFirst("article, main, [itemprop=articleBody]") == null) {
                    e.remove();
                }
            }
        }
    }

    private static Element mainElement(Element body) {
        Element articleBody = body.selectFirst("[itemprop=articleBody]");
        if (articleBody != null && !articleBody.text().isBlank()) {
            return articleBody;
        }
        Map<Element, Integer> score = new HashMap<>();
        int prose = 0;
        for (Element p : body.select("p, pre, blockquote")) {
            int len = p.text().length();
            if (len < MIN_PARAGRAPH) {
                continue;
            }
            prose += len;
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, len / 2, Integer::sum);
                }
            }
        }
        Element largestArticle = null;
        for (Element a : body.select("article, main, [role=main]")) {
            if (largestArticle == null || a.text().length() > largestArticle.text().length()) {
                largestArticle = a;
            }
        }
        if (largestArticle != null && (prose == 0 || prosein(largestArticle) >= MIN_ARTICLE_SHARE * prose)) {
            return largestArticle;
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best != null ? best : body;
    }

    private static int prosein(Element e) {
        int n = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            int len = p.text().length();
            if (len >= MIN_PARAGRAPH) {
                n += len;
            }
        }
        return n;
    }

    /** Text with one line per block element; white space inside a block collapses as a browser would. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        newline(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        }, root);
        return out.toString();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // HTML white space (not U+00A0, which authors type on purpose) collapses to one space.
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (space) {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void newline(StringBuilder out) {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == ' ') {
            out.setLength(last);
            last--;
        }
        if (last >= 0 && out.charAt(last) != '\n') {
            out.append('\n');
        }
    }

    /** headline, datePublished, publisher of the first NewsArticle-like JSON-LD object. */
    private Map<String, String> jsonLd(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collectLd(json.readTree(script.data()), out, 0);
            } catch (IOException | RuntimeException malformed) {
                // Broken JSON-LD is common and harmless: the meta tags still speak.
            }
        }
        return out;
    }

    private static void collectLd(JsonNode node, Map<String, String> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collectLd(n, out, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            collectLd(node.get("@graph"), out, depth + 1);
        }
        if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
            putText(out, "datePublished", node.get("datePublished"));
            putText(out, "headline", node.get("headline"));
            JsonNode publisher = node.get("publisher");
            if (publisher != null) {
                putText(out, "publisher", publisher.isObject() ? publisher.get("name") : publisher);
            }
        }
    }

    private static void putText(Map<String, String> out, String key, JsonNode value) {
        if (value != null && value.isValueNode() && !value.asText().isBlank()) {
            out.putIfAbsent(key, value.asText().strip());
        }
    }

    private static String stripSiteSuffix(String title, String siteName) {
        String t = blankToNull(title);
        if (t == null || siteName == null) {
            return t;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            String suffix = sep + siteName.strip();
            if (t.endsWith(suffix) && t.length() > suffix.length()) {
                return t.substring(0, t.length() - suffix.length()).strip();
            }
        }
        return t;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Elements found = doc.select(selector);
        for (Element e : found) {
            String v = blankToNull(e.attr(attribute));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void add(Set<String> dates, String value) {
        String v = blankToNull(value);
        if (v != null) {
            dates.add(v);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (blankToNull(v) != null) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> loadNoise() {
        InputStream in = HtmlExtractor.class.getResourceAsStream("html-noise.txt");
        Objects.requireNonNull(in, "missing resource org/entente/ingest/html-noise.txt");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
