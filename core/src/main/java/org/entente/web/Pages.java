package org.entente.web;

import io.javalin.http.NotFoundResponse;
import org.entente.export.EventRow;
import org.entente.store.Queries;
import org.entente.store.Queries.Article;
import org.entente.store.Queries.EventDetail;
import org.entente.store.Queries.Source;
import org.entente.store.SearchIndex;
import org.entente.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The server-rendered pages. Each method reads what it shows through {@link Queries} and returns
 * a whole document; every value from the store or the request goes through {@link Html}.
 * Scripts and styles come from {@code /assets} only, so the pages work under a strict
 * Content-Security-Policy (no inline script, no inline style).
 */
final class Pages {
    private final Queries q;

    Pages(Queries q) {
        this.q = q;
    }

    static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.text(title) + " · Entente</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/style.css\"><script src=\"/assets/app.js\" defer></script></head><body>"
                + "<header><a class=\"brand\" href=\"/\">Entente</a><form action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search the articles\" aria-label=\"Search\"> <button>Search</button></form></header>"
                + "<main>" + body + "</main><footer><a href=\"/openapi.json\">API</a></footer></body></html>";
    }

    static String message(String title, String text) {
        return layout(title, "<h1>" + Html.text(title) + "</h1><p>" + Html.text(text) + "</p>");
    }

    String home() {
        StringBuilder b = new StringBuilder("<h1>Relationships</h1>");
        var rels = q.relationships(500);
        if (rels.isEmpty()) {
            b.append("<p class=\"muted\">The store holds no events yet: <code>entente ingest PATH... --db FILE</code>.</p>");
        } else {
            b.append("<table class=\"relationships\"><thead><tr><th>Pair</th><th>Events</th><th>First</th><th>Last</th></tr></thead><tbody>");
            for (var r : rels) {
                b.append("<tr><td><a href=\"").append(relationshipUrl(r.a(), r.b())).append("\">").append(Html.text(r.a())).append(" – ")
                        .append(Html.text(r.b())).append("</a></td><td>").append(r.events()).append("</td><td>").append(Html.text(r.first()))
                        .append("</td><td>").append(Html.text(r.last())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p><a href=\"/articles\">All articles</a></p>");
        return layout("Relationships", b.toString());
    }

    static String relationshipUrl(String a, String b) {
        return "/relationships/" + Html.path(a) + "/" + Html.path(b);
    }

    static String eventUrl(String id) {
        return "/events/" + Html.pathTail(id);
    }

    static String articleUrl(String id) {
        return "/articles/" + Html.pathTail(id);
    }

    static String actorUrl(String id) {
        return "/actors/" + Html.pathTail(id);
    }

    String relationship(String a, String b) {
        String x = a.toUpperCase(Locale.ROOT);
        String y = b.toUpperCase(Locale.ROOT);
        List<EventRow> events = q.events(new Queries.EventFilter(Set.of(x, y), Set.of(), Set.of(), null, null, null, null, 10_000, 0));
        if (events.isEmpty()) {
            throw new NotFoundResponse("no events between " + x + " and " + y);
        }
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(Html.text(x)).append(" – ").append(Html.text(y)).append("</h1>");
        String dossier = "/api" + relationshipUrl(x, y) + "/dossier";
        s.append("<p>Dossier: <a class=\"dossier\" href=\"").append(dossier).append("?format=html\">page</a> · <a href=\"")
                .append(dossier).append("?format=md\">Markdown</a></p>");
        s.append("<section><h2>Events by month</h2>").append(Svg.timeline(q.timeline(x, y))).append("</section>");
        List<EventRow> relations = events.stream().filter(e -> "RELATION".equals(e.type())).toList();
        s.append("<section><h2>Partnership level</h2>");
        if (relations.isEmpty()) {
            s.append("<p class=\"muted\">No statement of the state of the relationship.</p>");
        } else {
            s.append("<ul class=\"relations\">");
            for (EventRow e : relations) {
                s.append("<li>").append(Html.text(e.date())).append(" — <a href=\"").append(eventUrl(e.eventId())).append("\">")
                        .append(Html.text(e.what() == null ? "relation" : e.what())).append("</a> <span class=\"muted\">(")
                        .append(Html.text(e.status())).append(")</span></li>");
            }
            s.append("</ul>");
        }
        s.append("</section>");
        List<EventRow> commitments = events.stream().filter(e -> "COMMIT".equals(e.type())).toList();
        s.append("<section><h2>Commitments</h2>");
        if (commitments.isEmpty()) {
            s.append("<p class=\"muted\">No commitment reported.</p>");
        } else {
            Map<String, List<Source>> sources = q.sources(commitments.stream().map(EventRow::eventId).toList());
            s.append("<ul class=\"commitments\">");
            for (EventRow e : commitments) {
                s.append("<li><a href=\"").append(eventUrl(e.eventId())).append("\">").append(Html.text(e.date() == null ? "undated" : e.date()))
                        .append(" — ").append(Html.text(e.sourceCountry())).append(": ").append(Html.text(e.what() == null ? "commitment" : e.what()))
                        .append("</a><ul>");
                for (Source src : sources.getOrDefault(e.eventId(), List.of())) {
                    s.append("<li><q>").append(Html.text(src.text())).append("</q> — <a href=\"").append(articleUrl(src.articleId())).append("\">")
                            .append(Html.text(src.title() == null ? src.articleId() : src.title())).append("</a></li>");
                }
                s.append("</ul></li>");
            }
            s.append("</ul>");
        }
        s.append("</section>");
        s.append("<section><h2>Events</h2><p class=\"filters\">");
        for (String type : Svg.COLOURS.keySet()) {
            s.append("<label><input type=\"checkbox\" class=\"type-filter\" value=\"").append(type).append("\" checked> ").append(type).append("</label> ");
        }
        s.append("</p>").append(eventTable(events)).append("</section>");
        return layout(x + " – " + y, s.toString());
    }

    private static String eventTable(List<EventRow> events) {
        StringBuilder s = new StringBuilder("<table class=\"events\"><thead><tr><th>Date</th><th>Type</th><th>Status</th><th>Who</th>"
                + "<th>Place</th><th>What</th><th>Sources</th></tr></thead><tbody>");
        for (EventRow e : events) {
            s.append("<tr data-type=\"").append(Html.text(e.type())).append("\"><td><a href=\"").append(eventUrl(e.eventId())).append("\">")
                    .append(Html.text(e.date() == null ? "undated" : e.date())).append("</a></td><td><span class=\"type type-")
                    .append(Html.text(e.type().toLowerCase(Locale.ROOT))).append("\">").append(Html.text(e.type())).append("</span></td><td>")
                    .append(Html.text(e.status())).append("</td><td>").append(Html.text(who(e))).append("</td><td>").append(Html.text(e.place()))
                    .append("</td><td>").append(Html.text(e.what())).append("</td><td>").append(e.nSources()).append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    private static String who(EventRow e) {
        String src = e.sourceActor() != null ? e.sourceActor() : e.sourceCountry();
        String tgt = e.targetActor() != null ? e.targetActor() : e.targetCountry();
        if (src == null && tgt == null) {
            return e.countries();
        }
        return (src == null ? "?" : src) + " → " + (tgt == null ? "?" : tgt);
    }

    String event(String id) {
        EventDetail d = q.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
        EventRow e = d.row();
        StringBuilder s = new StringBuilder();
        s.append("<h1><span class=\"type type-").append(Html.text(e.type().toLowerCase(Locale.ROOT))).append("\">").append(Html.text(e.type()))
                .append("</span> ").append(Html.text(who(e))).append("</h1><dl class=\"facts\">");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Date", e.date() == null ? null : e.date() + " (" + e.dateSource() + ")");
        facts.put("Status", e.status());
        facts.put("Place", e.place());
        facts.put("What", e.what());
        facts.put("Countries", e.countries());
        facts.put("CAMEO / PLOVER", e.cameo() + " / " + e.ploverType() + (e.ploverMode() == null ? "" : " (" + e.ploverMode() + ")"));
        facts.put("Confidence", String.format(Locale.ROOT, "%.2f", e.confidence()));
        facts.put("Id", e.eventId());
        facts.forEach((k, v) -> {
            if (v != null) {
                s.append("<dt>").append(Html.text(k)).append("</dt><dd>").append(Html.text(v)).append("</dd>");
            }
        });
        s.append("</dl>");
        if (!d.participants().isEmpty()) {
            s.append("<h2>Participants</h2><ul class=\"participants\">");
            for (var p : d.participants()) {
                String label = p.name() + (p.role() == null ? "" : ", " + p.role()) + (p.country() == null ? "" : " (" + p.country() + ")");
                s.append("<li>");
                if (p.actorId() != null) {
                    s.append("<a href=\"").append(actorUrl(p.actorId())).append("\">").append(Html.text(label)).append("</a>");
                } else {
                    s.append(Html.text(label));
                }
                s.append("</li>");
            }
            s.append("</ul>");
        }
        s.append("<h2>Sources (").append(d.sources().size()).append(")</h2>");
        int i = 0;
        for (Source src : d.sources()) {
            i++;
            s.append("<article class=\"source\"><h3><a class=\"source-link\" href=\"").append(articleUrl(src.articleId())).append("\">")
                    .append(Html.text(src.title() == null ? src.articleId() : src.title())).append("</a></h3><p class=\"muted\">")
                    .append(Html.text(String.join(" · ", nonNull(src.outlet(), src.published(), src.url())))).append("</p>");
            String text = q.article(src.articleId()).map(Article::text).orElse(null);
            if (text == null) {
                s.append("<blockquote>").append(Html.text(src.text())).append("</blockquote>");
            } else {
                s.append("<div class=\"article-text\">").append(Highlighter.html(text,
                        List.of(new Highlighter.Mark(src.start(), src.end(), src.triggerStart(), src.triggerEnd())), "evidence-" + i)).append("</div>");
            }
            s.append("</article>");
        }
        return layout(e.type() + " " + who(e), s.toString());
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    String article(String id) {
        Article a = q.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
        var evidence = q.evidence(id);
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(Html.text(a.title() == null ? a.id() : a.title())).append("</h1><p class=\"muted\">")
                .append(Html.text(String.join(" · ", nonNull(a.outlet(), a.published(), a.id())))).append("</p>");
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            s.append("<p><a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(a.url())).append("\">Original</a></p>");
        }
        if (!evidence.isEmpty()) {
            s.append("<h2>Events reported</h2><ul class=\"evidence\">");
            for (var ev : evidence) {
                s.append("<li><a href=\"").append(eventUrl(ev.eventId())).append("\">").append(Html.text(ev.type())).append("</a> — <q>")
                        .append(Html.text(slice(a.text(), ev.start(), ev.end()))).append("</q></li>");
            }
            s.append("</ul>");
        }
        List<Highlighter.Mark> marks = evidence.stream().map(ev -> new Highlighter.Mark(ev.start(), ev.end(), ev.triggerStart(), ev.triggerEnd())).toList();
        s.append("<h2>Text</h2><div class=\"article-text\">").append(Highlighter.html(a.text(), marks, "evidence-1")).append("</div>");
        return layout(a.title() == null ? a.id() : a.title(), s.toString());
    }

    private static String slice(String text, int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        return text.substring(s, e);
    }

    String articles(int offset) {
        StringBuilder s = new StringBuilder("<h1>Articles</h1><table class=\"articles\"><thead><tr><th>Published</th><th>Title</th><th>Outlet</th></tr></thead><tbody>");
        var list = q.articles(200, offset);
        for (Article a : list) {
            s.append("<tr><td>").append(Html.text(a.published())).append("</td><td><a href=\"").append(articleUrl(a.id())).append("\">")
                    .append(Html.text(a.title() == null ? a.id() : a.title())).append("</a></td><td>").append(Html.text(a.outlet())).append("</td></tr>");
        }
        s.append("</tbody></table>");
        if (list.size() == 200) {
            s.append("<p><a href=\"/articles?offset=").append(offset + 200).append("\">More</a></p>");
        }
        return layout("Articles", s.toString());
    }

    String actor(String id) {
        var a = q.actor(id).orElseThrow(() -> new NotFoundResponse("no actor " + id));
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(Html.text(a.name())).append("</h1><p class=\"muted\">").append(Html.text(String.join(" · ",
                nonNull(a.kind(), a.country(), a.id())))).append("</p>");
        s.append("<h2>Roles over time</h2>");
        if (a.roles().isEmpty()) {
            s.append("<p class=\"muted\">No office known.</p>");
        } else {
            s.append("<table class=\"roles\"><thead><tr><th>Role</th><th>Country</th><th>From</th><th>To</th></tr></thead><tbody>");
            for (var r : a.roles()) {
                s.append("<tr><td>").append(Html.text(r.role())).append("</td><td>").append(Html.text(r.country())).append("</td><td>")
                        .append(Html.text(r.start())).append("</td><td>").append(Html.text(r.end() == null ? "" : r.end())).append("</td></tr>");
            }
            s.append("</tbody></table>");
        }
        s.append("<h2>Who met whom</h2>");
        if (a.ties().isEmpty()) {
            s.append("<p class=\"muted\">No shared event with another known person.</p>");
        } else {
            List<Queries.Tie> shown = a.ties().subList(0, Math.min(a.ties().size(), 16));
            Set<String> ids = new java.util.HashSet<>();
            shown.forEach(t -> ids.add(t.actorId()));
            List<Svg.Edge> between = new ArrayList<>();
            for (Queries.Tie t : shown) {
                q.actor(t.actorId()).ifPresent(other -> other.ties().stream()
                        .filter(u -> ids.contains(u.actorId()) && t.actorId().compareTo(u.actorId()) < 0)
                        .forEach(u -> between.add(new Svg.Edge(t.actorId(), u.actorId(), u.events()))));
            }
            s.append(Svg.network(a.name(), shown, between));
        }
        s.append("<h2>Events</h2>").append(eventTable(a.events()));
        return layout(a.name(), s.toString());
    }

    /**
     * @param problem why the query could not be run (shown to the user), or null
     */
    static String search(String query, List<SearchIndex.Hit> hits, String problem) {
        StringBuilder s = new StringBuilder("<h1>Search</h1><form class=\"search\" action=\"/search\" method=\"get\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Search\" value=\"").append(Html.text(query))
                .append("\"> <button>Search</button></form><p class=\"muted\">All words must appear; \"quoted phrases\", OR, -word, prefix*.</p>");
        if (problem != null) {
            s.append("<p class=\"problem\">").append(Html.text(problem)).append("</p>");
        } else if (!query.isBlank()) {
            s.append("<p>").append(hits.size()).append(hits.size() == 1 ? " sentence" : " sentences").append(" for <q>")
                    .append(Html.text(query)).append("</q>.</p><ol class=\"hits\">");
            for (SearchIndex.Hit h : hits) {
                s.append("<li><a href=\"").append(articleUrl(h.articleId())).append("\">").append(Html.text(h.title() == null ? h.articleId() : h.title()))
                        .append("</a> <span class=\"muted\">").append(Html.text(h.published())).append("</span><br><span class=\"hit\">")
                        .append(marked(h)).append("</span>");
                for (String id : h.eventIds()) {
                    s.append(" <a class=\"hit-event\" href=\"").append(eventUrl(id)).append("\">event</a>");
                }
                s.append("</li>");
            }
            s.append("</ol>");
        }
        return layout(query.isBlank() ? "Search" : "Search: " + query, s.toString());
    }

    /** The sentence of a hit, escaped, with what the query matched in {@code <mark>}. */
    static String marked(SearchIndex.Hit h) {
        String text = h.text();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span m : h.matches()) {
            int s = Math.max(at, m.start() - h.start());
            int e = Math.min(text.length(), m.end() - h.start());
            if (e <= s) {
                continue;
            }
            b.append(Html.text(text.substring(at, s))).append("<mark>").append(Html.text(text.substring(s, e))).append("</mark>");
            at = e;
        }
        return b.append(Html.text(text.substring(at))).toString();
    }
}
