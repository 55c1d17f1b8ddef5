package org.entente.export;

import org.entente.events.SanctionKinds;
import org.entente.store.Queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the store knows of the relationship between two states, in sections an analyst reads in
 * order: the level of the partnership over time, contacts, agreements, commitments, support, the
 * measures one took against the other, and the forums where they meet. Every line cites the
 * articles that report it.
 *
 * <p>Immutable once built; rendered as Markdown, as a complete HTML page, or as an HTML fragment
 * for a page that embeds it. Every stored string is escaped in HTML (articles are untrusted input).
 */
public final class Dossier {
    /** One event and the reports behind it. */
    public record Entry(EventRow event, String key, List<Queries.Source> sources) {
        public Entry {
            // Several mentions in one sentence are one citation.
            Map<String, Queries.Source> once = new LinkedHashMap<>();
            for (Queries.Source s : sources) {
                once.putIfAbsent(s.articleId() + "#" + s.sentence(), s);
            }
            sources = List.copyOf(once.values());
        }
    }

    /** A group of entries; {@code empty} says what the absence means. */
    public record Section(String title, String empty, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** Multilateral meetings grouped by the forum that convened them. */
    public record Forum(String name, List<Entry> meetings) {
        public Forum {
            meetings = List.copyOf(meetings);
        }
    }

    private final String a;
    private final String b;
    private final String nameA;
    private final String nameB;
    private final List<Section> sections;
    private final List<Forum> forums;
    private final int events;

    private Dossier(String a, String b, String nameA, String nameB, List<Section> sections, List<Forum> forums, int events) {
        this.a = a;
        this.b = b;
        this.nameA = nameA;
        this.nameB = nameB;
        this.sections = List.copyOf(sections);
        this.forums = List.copyOf(forums);
        this.events = events;
    }

    /** The dossier of two states (ISO alpha-3, any order), named by their codes. */
    public static Dossier of(Queries queries, String a, String b) {
        return of(queries, a, b, Function.identity());
    }

    /**
     * @param names the name to show for a state code or an organisation id (the argument itself when unknown)
     */
    public static Dossier of(Queries queries, String a, String b, Function<String, String> names) {
        String x = a.toUpperCase(Locale.ROOT);
        String y = b.toUpperCase(Locale.ROOT);
        if (x.equals(y)) {
            throw new IllegalArgumentException("a dossier needs two different states, not " + x + " twice");
        }
        // Either order gives the same dossier.
        if (x.compareTo(y) > 0) {
            String t = x;
            x = y;
            y = t;
        }
        List<EventRow> rows = queries.events(new Queries.EventFilter(Set.of(x, y), Set.of(), Set.of(), null, null,
                null, null, 10_000, 0));
        Map<String, String> keys = queries.eventKeys(x, y);
        Map<String, List<Queries.Source>> sources = queries.sources(rows.stream().map(EventRow::eventId).toList());
        List<Entry> entries = rows.stream()
                .map(r -> new Entry(r, keys.get(r.eventId()), sources.getOrDefault(r.eventId(), List.of()))).toList();
        List<Section> sections = List.of(
                section("Partnership level over time", "No statement of the level of the relationship.", entries, Set.of("RELATION")),
                section("Meetings, visits and calls", "No meeting, visit or call.", entries, Set.of("MEET", "VISIT", "CALL")),
                section("Agreements signed", "No agreement signed.", entries, Set.of("SIGN")),
                section("Commitments", "No commitment.", entries, Set.of("COMMIT")),
                section("Support statements", "No statement of support.", entries, Set.of("SUPPORT")),
                section("Measures", "No sanction, expulsion, recall or treaty withdrawal.", entries, Set.of("SANCTION")));
        Map<String, List<Entry>> byForum = new LinkedHashMap<>();
        for (Entry e : entries) {
            if ("MEET".equals(e.event().type()) && e.key() != null && !e.key().isBlank()) {
                byForum.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Forum> forums = byForum.entrySet().stream().map(f -> new Forum(forumName(f.getKey(), names), f.getValue())).toList();
        return new Dossier(x, y, names.apply(x), names.apply(y), sections, forums, rows.size());
    }

    /** Keys of multilateral meetings are "forum:" and an organisation id or the word that named it. */
    private static String forumName(String key, Function<String, String> names) {
        String id = key.startsWith("forum:") ? key.substring("forum:".length()) : key;
        return names.apply(id);
    }

    private static Section section(String title, String empty, List<Entry> entries, Set<String> types) {
        return new Section(title, empty, entries.stream().filter(e -> types.contains(e.event().type())).toList());
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Forum> forums() {
        return forums;
    }

    /** Number of events of the pair. */
    public int events() {
        return events;
    }

    public boolean isEmpty() {
        return events == 0;
    }

    private String title() {
        return nameA + " – " + nameB + " (" + a + "–" + b + ")";
    }

    // ---- what each line says, shared by both renderings ----

    /** The line of an entry, as plain text (the caller escapes it). */
    private static String describe(Entry e) {
        EventRow r = e.event();
        StringBuilder b = new StringBuilder(r.date() == null ? "undated" : r.date());
        b.append(" — ");
        switch (r.type()) {
            case "RELATION" -> b.append(r.what() == null ? "relationship characterised" : r.what());
            case "COMMIT" -> {
                b.append(r.what() == null ? "commitment" : r.what());
                if (r.sourceCountry() != null) {
                    b.append(" (committed by ").append(side(r.sourceActor(), r.sourceCountry())).append(")");
                }
                b.append("; first reported ").append(orUnknown(r.firstReported()))
                        .append(", last reported ").append(orUnknown(r.lastReported()))
                        .append(", in ").append(r.nArticles()).append(r.nArticles() == 1 ? " article" : " articles");
            }
            case "SANCTION" -> {
                b.append(measureKind(e.key()));
                if (r.what() != null) {
                    b.append(": ").append(r.what());
                }
                if (r.sourceCountry() != null || r.targetCountry() != null) {
                    b.append(" (").append(side(r.sourceActor(), r.sourceCountry())).append(" against ")
                            .append(side(r.targetActor(), r.targetCountry())).append(")");
                }
                b.append("; ").append(r.nArticles()).append(r.nArticles() == 1 ? " article" : " articles");
            }
            default -> {
                b.append(r.type());
                if (r.sourceCountry() != null || r.targetCountry() != null) {
                    b.append(": ").append(side(r.sourceActor(), r.sourceCountry())).append(" → ")
                            .append(side(r.targetActor(), r.targetCountry()));
                } else if (r.participants() != null && !r.participants().isBlank()) {
                    b.append(": ").append(r.participants().replace(";", ", "));
                }
                if (r.what() != null) {
                    b.append(" — ").append(r.what());
                }
                if (r.place() != null) {
                    b.append(", at ").append(r.place());
                }
            }
        }
        if (!"happened".equals(r.status())) {
            b.append(" [").append(r.status()).append("]");
        }
        return b.toString();
    }

    /** The kind of measure, read from the key prefix the extractor gives it (events.SanctionKinds). */
    private static String measureKind(String key) {
        if (key != null && key.startsWith(SanctionKinds.ECONOMIC)) {
            return "economic measure";
        }
        if (key != null && key.startsWith(SanctionKinds.DIPLOMATIC)) {
            return "diplomatic measure";
        }
        return "measure";
    }

    private static String side(String actor, String country) {
        if (actor != null && country != null && !actor.equals(country)) {
            return actor + " (" + country + ")";
        }
        return actor != null ? actor : country == null ? "?" : country;
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }

    private static String cite(Queries.Source s) {
        String name = s.title() == null || s.title().isBlank() ? s.articleId() : s.title();
        return name + (s.published() == null ? "" : ", " + s.published());
    }

    private static String forumLine(Forum f) {
        List<String> dates = f.meetings().stream().map(e -> e.event().date() == null ? "undated" : e.event().date()).toList();
        return f.name() + " — " + f.meetings().size() + (f.meetings().size() == 1 ? " meeting" : " meetings") + ": "
                + String.join(", ", dates);
    }

    // ---- Markdown ----

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Relationship dossier: ").append(md(title())).append("\n\n");
        if (isEmpty()) {
            out.append("The store holds no event between ").append(md(nameA)).append(" and ").append(md(nameB)).append(".\n");
            return out.toString();
        }
        out.append(events).append(events == 1 ? " event" : " events").append(" in the store.\n");
        for (Section s : sections) {
            out.append("\n## ").append(s.title()).append("\n\n");
            if (s.entries().isEmpty()) {
                out.append(s.empty()).append("\n");
            }
            for (Entry e : s.entries()) {
                out.append("- ").append(md(describe(e))).append("\n");
                mdSources(out, e);
            }
        }
        out.append("\n## Mechanisms and forums\n\n");
        if (forums.isEmpty()) {
            out.append("No multilateral meeting with a named forum.\n");
        }
        for (Forum f : forums) {
            out.append("- ").append(md(forumLine(f))).append("\n");
            for (Entry e : f.meetings()) {
                mdSources(out, e);
            }
        }
        return out.toString();
    }

    private static void mdSources(StringBuilder out, Entry e) {
        for (Queries.Source s : e.sources()) {
            out.append("  - ").append(md(cite(s)));
            if (isWebUrl(s.url())) {
                out.append(" <").append(s.url().replace(">", "%3E").replace(" ", "%20")).append(">");
            }
            out.append(": “").append(md(s.text().strip())).append("”\n");
        }
    }

    /** Backslash-escapes what Markdown would read as markup, and angle brackets against raw HTML. */
    static String md(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|!".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }

    // ---- HTML ----

    /** A complete HTML page. */
    public String toHtml() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + HtmlText.escape("Relationship dossier: " + title()) + "</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}\n"
                + ".dossier ul.sources{font-size:.9em;color:#444}\n.dossier q{font-style:italic}\n"
                + "</style>\n</head>\n<body>\n" + toHtmlFragment() + "</body>\n</html>\n";
    }

    /** The dossier as one {@code <section>}, every stored string escaped, for embedding in a page. */
    public String toHtmlFragment() {
        return toHtmlFragment(null);
    }

    /**
     * @param stored the link to the stored copy of an article, by its id (the web interface's
     *               article page), or null when there is none (a dossier written to a file)
     */
    public String toHtmlFragment(Function<String, String> stored) {
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"dossier\" data-a=\"").append(HtmlText.escape(a)).append("\" data-b=\"").append(HtmlText.escape(b)).append("\">\n");
        out.append("<h1>Relationship dossier: ").append(HtmlText.escape(title())).append("</h1>\n");
        if (isEmpty()) {
            out.append("<p>The store holds no event between ").append(HtmlText.escape(nameA)).append(" and ").append(HtmlText.escape(nameB))
                    .append(".</p>\n</section>\n");
            return out.toString();
        }
        out.append("<p>").append(events).append(events == 1 ? " event" : " events").append(" in the store.</p>\n");
        for (Section s : sections) {
            out.append("<h2>").append(HtmlText.escape(s.title())).append("</h2>\n");
            if (s.entries().isEmpty()) {
                out.append("<p>").append(HtmlText.escape(s.empty())).append("</p>\n");
                continue;
            }
            out.append("<ul>\n");
            for (Entry e : s.entries()) {
                out.append("<li data-event=\"").append(HtmlText.escape(e.event().eventId())).append("\">").append(HtmlText.escape(describe(e)));
                htmlSources(out, e, stored);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h2>Mechanisms and forums</h2>\n");
        if (forums.isEmpty()) {
            out.append("<p>No multilateral meeting with a named forum.</p>\n");
        } else {
            out.append("<ul>\n");
            for (Forum f : forums) {
                out.append("<li>").append(HtmlText.escape(forumLine(f)));
                for (Entry e : f.meetings()) {
                    htmlSources(out, e, stored);
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
        return out.toString();
    }

    private static void htmlSources(StringBuilder out, Entry e, Function<String, String> stored) {
        if (e.sources().isEmpty()) {
            return;
        }
        out.append("\n<ul class=\"sources\">\n");
        for (Queries.Source s : e.sources()) {
            out.append("<li>");
            if (stored != null) {
                out.append("<a class=\"stored\" href=\"").append(HtmlText.escape(stored.apply(s.articleId()))).append("\">")
                        .append(HtmlText.escape(cite(s))).append("</a>");
                if (isWebUrl(s.url())) {
                    out.append(" (<a class=\"original\" href=\"").append(HtmlText.escape(s.url())).append("\" rel=\"noopener noreferrer\">")
                            .append(HtmlText.escape(host(s.url()))).append("</a>)");
                }
            } else if (isWebUrl(s.url())) {
                out.append("<a href=\"").append(HtmlText.escape(s.url())).append("\" rel=\"noopener noreferrer\">").append(HtmlText.escape(cite(s))).append("</a>");
            } else {
                out.append(HtmlText.escape(cite(s)));
            }
            out.append(": <q>").append(HtmlText.escape(s.text().strip())).append("</q></li>\n");
        }
        out.append("</ul>\n");
    }

    /** The site of a URL ("example.org"), to name the original beside the stored copy. */
    private static String host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException ex) {
            return url;
        }
    }

    /** Only http(s) links are made clickable: a stored "javascript:" URL stays text. */
    private static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

}
