package org.entente.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The main text of an HTML page with jsoup: page chrome (navigation, header, footer, asides,
 * scripts, forms) is removed, the {@code <article>} or the container holding most paragraph text
 * is kept, and block elements become lines. Title, URL, publication dates and site name come from
 * the usual meta tags.
 */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
            "blockquote", "section", "article", "tr", "dd", "dt", "figcaption", "pre");

    record Page(String title, String url, String source, List<String> dateHints, String text) {
    }

    Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String url = meta(doc, "meta[property=og:url]");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical]");
            url = canonical == null || canonical.attr("href").isBlank() ? null : canonical.attr("href");
        }
        String source = meta(doc, "meta[property=og:site_name]");
        List<String> dates = new ArrayList<>();
        for (String q : new String[] {"meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
                "meta[itemprop=datePublished]", "meta[name=dc.date]", "meta[name=DC.date.issued]"}) {
            String v = meta(doc, q);
            if (v != null) {
                dates.add(v);
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            dates.add(t.attr("datetime"));
            break;
        }
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, select, "
                + "[role=navigation], [aria-hidden=true], .share, .social, .comments, #comments, .related, .newsletter").remove();
        Element body = mainContainer(doc);
        StringBuilder out = new StringBuilder();
        if (body != null) {
            appendText(body, out);
        }
        String text = out.toString().replaceAll("[ \\t\\x0B\\f\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new Page(title, url, source, dates, text);
    }

    private static Element mainContainer(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            Element best = articles.first();
            for (Element a : articles) {
                if (a.text().length() > best.text().length()) {
                    best = a;
                }
            }
            return best;
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element e : doc.select("main, div, section, td")) {
            int score = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText().replaceAll("\\s+", " ");
            if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                out.append(s);
            }
            return;
        }
        if (node instanceof Element e) {
            boolean block = BLOCKS.contains(e.tagName());
            if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            for (Node child : e.childNodes()) {
                appendText(child, out);
            }
            if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
