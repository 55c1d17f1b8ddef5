package org.entente.web;

import io.javalin.http.NotFoundResponse;
import org.entente.export.EventRow;
import org.entente.store.Queries;
import org.entente.store.Queries.Article;
import org.entente.store.Queries.EventDetail;
import org.entente.store.Queries.Source;
import org.entente.store.SearchIndex;
import org.entente.text.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server-rendered pages, in the language of their {@link Labels}. Each method reads what it
 * shows through {@link Queries} and returns a whole document; every value from the store or the
 * request goes through {@link Html}. Scripts and styles come from {@code /assets} only, so the
 * pages work under a strict Content-Security-Policy (no inline script, no inline style).
 *
 * <p>Lists of events show what their {@link View} (the URL) asks for, so that a reload or a
 * shared link gives the same page, and their downloads ({@link #relationshipRows},
 * {@link #eventRows}) give exactly the rows shown.
 */
final class Pages {
    /** Lists longer than this show their first rows and say so; downloads give the same rows. */
    static final int MAX_ROWS = 2000;

    private final Queries q;
    private final Labels l;
    private final String self;

    /**
     * @param self the path and query of the request without its {@code lang}, for the language switch
     */
    Pages(Queries q, Labels l, String self) {
        this.q = q;
        this.l = l;
        this.self = self;
    }

    static String layout(Labels l, String self, String title, String body) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"").append(l.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" · Entente</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/style.css\"><script src=\"/assets/app.js\" defer></script></head><body>")
                .append("<header><a class=\"brand\" href=\"").append(Html.text(l.href("/"))).append("\">Entente</a><nav class=\"main\">")
                .append(link(l, "/", l.t("nav.relationships"))).append(link(l, "/events", l.t("nav.events")))
                .append(link(l, "/articles", l.t("nav.articles"))).append("</nav>")
                .append("<form action=\"/search\" method=\"get\" role=\"search\">").append(langField(l))
                .append("<input type=\"search\" name=\"q\" placeholder=\"").append(Html.text(l.t("search.placeholder")))
                .append("\" aria-label=\"").append(Html.text(l.t("search.title"))).append("\"> <button>").append(Html.text(l.t("search.button")))
                .append("</button></form><nav class=\"lang\" aria-label=\"").append(Html.text(l.t("nav.language"))).append("\">");
        for (String lang : Labels.LANGS) {
            String href = self + (self.contains("?") ? "&" : "?") + "lang=" + lang;
            s.append("<a hreflang=\"").append(lang).append("\" href=\"").append(Html.text(href)).append("\"")
                    .append(lang.equals(l.lang()) ? " aria-current=\"true\"" : "").append(">").append(lang.toUpperCase(Locale.ROOT)).append("</a>");
        }
        return s.append("</nav></header><main>").append(body).append("</main><footer><a href=\"/openapi.json\">API</a></footer></body></html>")
                .toString();
    }

    private static String link(Labels l, String path, String text) {
        return "<a href=\"" + Html.text(l.href(path)) + "\">" + Html.text(text) + "</a>";
    }

    /** The language as a hidden field, for forms whose GET would otherwise drop it. */
    private static String langField(Labels l) {
        return l.lang().equals(Labels.LANGS.get(0)) ? "" : "<input type=\"hidden\" name=\"lang\" value=\"" + Html.text(l.lang()) + "\">";
    }

    private String layout(String title, String body) {
        return layout(l, self, title, body);
    }

    static String message(Labels l, String self, String title, String text) {
        return layout(l, self, title, "<h1>" + Html.text(title) + "</h1><p>" + Html.text(text) + "</p>");
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

    static String countryUrl(String iso3) {
        return "/countries/" + Html.path(iso3);
    }

    private String a(String path, String text) {
        return "<a href=\"" + Html.text(l.href(path)) + "\">" + text + "</a>";
    }

    private String stateLink(String iso3) {
        return iso3 == null ? "" : a(countryUrl(iso3), l.stateHtml(iso3));
    }

    private String pairHtml(String x, String y) {
        return l.stateHtml(x) + " – " + l.stateHtml(y);
    }

    private String badge(String type) {
        return "<span class=\"type\" data-type=\"" + Html.text(type) + "\">" + Svg.swatch(type) + Html.text(l.type(type)) + "</span>";
    }

    // ---- home ----

    String home() {
        StringBuilder b = new StringBuilder("<h1>").append(Html.text(l.t("home.title"))).append("</h1>");
        List<Queries.Pair> pairs = q.bilateralPairs(500);
        List<Queries.Meeting> meetings = q.multilateral(null);
        if (pairs.isEmpty() && meetings.isEmpty()) {
            b.append("<p class=\"muted\">").append(Html.text(l.t("home.empty"))).append(" <code>entente ingest PATH... --db FILE</code></p>");
            return layout(l.t("home.title"), b.toString());
        }
        b.append("<p class=\"muted\">").append(Html.text(l.t("home.intro"))).append("</p>");
        Map<String, EventRow> last = new LinkedHashMap<>();
        for (EventRow e : q.eventsByIds(pairs.stream().map(Queries.Pair::lastId).filter(java.util.Objects::nonNull).toList())) {
            last.put(e.eventId(), e);
        }
        b.append("<section><h2>").append(Html.text(l.t("home.pairs"))).append("</h2><div class=\"table-wrap\"><table class=\"relationships\"><thead><tr><th>")
                .append(Html.text(l.t("col.pair"))).append("</th><th>").append(Html.text(l.t("col.last"))).append("</th><th class=\"num\">")
                .append(Html.text(l.t("col.events"))).append("</th><th class=\"num\">").append(Html.text(l.t("col.upcoming")))
                .append("</th><th>").append(Html.text(l.t("col.since"))).append("</th></tr></thead><tbody>");
        for (Queries.Pair p : pairs) {
            EventRow e = p.lastId() == null ? null : last.get(p.lastId());
            b.append("<tr><td><a class=\"pair\" data-pair=\"").append(Html.text(p.a() + "-" + p.b())).append("\" href=\"")
                    .append(Html.text(l.href(relationshipUrl(p.a(), p.b())))).append("\">").append(pairHtml(p.a(), p.b())).append("</a></td><td>");
            if (e != null) {
                b.append(badge(e.type())).append(' ').append(a(eventUrl(e.eventId()), Html.text(l.date(e.date()))));
            }
            b.append("</td><td class=\"num\">").append(p.happened()).append("</td><td class=\"num\">").append(p.upcoming() == 0 ? "" : p.upcoming())
                    .append("</td><td>").append(Html.text(p.first() == null ? "" : l.date(p.first().substring(0, 4)))).append("</td></tr>");
        }
        b.append("</tbody></table></div></section>");

        List<EventRow> upcoming = new ArrayList<>();
        for (String status : List.of("planned", "announced")) {
            upcoming.addAll(q.events(new Queries.EventFilter(Set.of(), Set.of(), Set.of(), null, null, null, status, 200, 0)));
        }
        upcoming.sort(Comparator.comparing((EventRow e) -> e.date() == null ? "9999" : e.date()).reversed());
        b.append("<section><h2>").append(Html.text(l.t("home.upcoming"))).append("</h2>");
        if (upcoming.isEmpty()) {
            b.append("<p class=\"muted\">").append(Html.text(l.t("home.noUpcoming"))).append("</p>");
        } else {
            b.append(eventTable(upcoming.subList(0, Math.min(50, upcoming.size())), "upcoming"));
        }
        b.append("</section>");
        b.append("<section><h2>").append(Html.text(l.t("home.forums"))).append("</h2><p class=\"muted\">").append(Html.text(l.t("home.forumsIntro")))
                .append("</p>").append(forumTable(meetings)).append("</section>");
        return layout(l.t("home.title"), b.toString());
    }

    /** Multilateral events by forum (unnamed gatherings each on their own), the latest first. */
    private String forumTable(List<Queries.Meeting> meetings) {
        if (meetings.isEmpty()) {
            return "<p class=\"muted\">" + Html.text(l.t("home.noForums")) + "</p>";
        }
        Map<String, List<Queries.Meeting>> byForum = new LinkedHashMap<>();
        for (Queries.Meeting m : meetings) {
            byForum.computeIfAbsent(m.forum() == null ? "event:" + m.event().eventId() : m.forum(), k -> new ArrayList<>()).add(m);
        }
        List<Map.Entry<String, List<Queries.Meeting>>> groups = new ArrayList<>(byForum.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<String, List<Queries.Meeting>> g) -> latest(g.getValue())).reversed());
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"forums\"><thead><tr><th>").append(Html.text(l.t("col.forum")))
                .append("</th><th>").append(Html.text(l.t("col.members"))).append("</th><th class=\"num\">").append(Html.text(l.t("col.meetings")))
                .append("</th><th>").append(Html.text(l.t("col.last"))).append("</th></tr></thead><tbody>");
        for (var g : groups) {
            List<Queries.Meeting> ms = g.getValue();
            Set<String> members = new TreeSet<>();
            ms.forEach(m -> members.addAll(List.of(m.event().countries().split(";"))));
            EventRow lastOne = ms.stream().map(Queries.Meeting::event).max(Comparator.comparing((EventRow e) -> e.date() == null ? "" : e.date()))
                    .orElseThrow();
            String name = g.getKey().startsWith("event:") ? capital(l.t("forum.unnamed", l.type(lastOne.type())))
                    : l.known(g.getKey()) ? l.name(g.getKey()) : l.t("forum.word", g.getKey());
            b.append("<tr><td class=\"forum-name\">").append(Html.text(name)).append("</td><td class=\"members\">");
            List<String> links = new ArrayList<>();
            for (String c : members) {
                if (!c.isBlank()) {
                    links.add(stateLink(c));
                }
            }
            b.append(String.join(", ", links)).append("</td><td class=\"num\">").append(ms.size()).append("</td><td>")
                    .append(a(eventUrl(lastOne.eventId()), Html.text(l.date(lastOne.date())))).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String latest(List<Queries.Meeting> ms) {
        return ms.stream().map(m -> m.event().date() == null ? "" : m.event().date()).max(String::compareTo).orElse("");
    }

    // ---- a state ----

    String country(String iso3) {
        if (!iso3.matches("[A-Z]{3}")) {
            throw new NotFoundResponse("no state " + iso3);
        }
        List<Queries.Pair> pairs = q.bilateralPairs(10_000).stream().filter(p -> p.a().equals(iso3) || p.b().equals(iso3)).toList();
        List<Queries.Meeting> meetings = q.multilateral(iso3);
        if (pairs.isEmpty() && meetings.isEmpty()) {
            throw new NotFoundResponse(l.t("country.none", l.name(iso3)));
        }
        StringBuilder b = new StringBuilder("<h1>").append(l.stateHtml(iso3)).append("</h1>");
        b.append("<p>").append(a("/events?countries=" + Html.query(iso3), Html.text(l.t("country.allEvents")))).append("</p>");
        b.append("<section><h2>").append(Html.text(l.t("country.partners"))).append("</h2>");
        if (pairs.isEmpty()) {
            b.append("<p class=\"muted\">").append(Html.text(l.t("country.noPartner"))).append("</p>");
        } else {
            b.append("<div class=\"table-wrap\"><table class=\"relationships\"><thead><tr><th>").append(Html.text(l.t("col.partner")))
                    .append("</th><th class=\"num\">").append(Html.text(l.t("col.events"))).append("</th><th class=\"num\">")
                    .append(Html.text(l.t("col.upcoming"))).append("</th></tr></thead><tbody>");
            for (Queries.Pair p : pairs) {
                String other = p.a().equals(iso3) ? p.b() : p.a();
                b.append("<tr><td>").append(a(relationshipUrl(p.a(), p.b()), l.stateHtml(other))).append("</td><td class=\"num\">")
                        .append(p.happened()).append("</td><td class=\"num\">").append(p.upcoming() == 0 ? "" : p.upcoming()).append("</td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        b.append("</section><section><h2>").append(Html.text(l.t("country.forums"))).append("</h2>").append(forumTable(meetings)).append("</section>");
        return layout(l.name(iso3), b.toString());
    }

    // ---- a relationship ----

    /** What a relationship page lists: the pair's bilateral events the view keeps (forums are apart). */
    List<EventRow> relationshipRows(String x, String y, View view) {
        return bilateral(q.events(view.filter(Set.of(x, y))));
    }

    private List<EventRow> bilateral(List<EventRow> events) {
        Set<String> multi = q.multilateralIds(events.stream().map(EventRow::eventId).toList());
        return events.stream().filter(e -> !multi.contains(e.eventId())).limit(MAX_ROWS).toList();
    }

    String relationship(String a, String b, View view) {
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = a.compareTo(b) <= 0 ? b : a;
        List<EventRow> all = q.events(View.all().filter(Set.of(x, y)));
        if (all.isEmpty()) {
            throw new NotFoundResponse(l.t("pair.none", l.name(x), l.name(y)));
        }
        Set<String> multi = q.multilateralIds(all.stream().map(EventRow::eventId).toList());
        List<EventRow> pairEvents = all.stream().filter(e -> !multi.contains(e.eventId())).toList();
        List<EventRow> shown = view.isAll() ? pairEvents.stream().limit(MAX_ROWS).toList() : relationshipRows(x, y, view);
        String base = relationshipUrl(x, y);
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(stateLink(x)).append(" – ").append(stateLink(y)).append("</h1>");
        String dossier = "/api" + base + "/dossier";
        s.append("<p>").append(Html.text(l.t("pair.summary", pairEvents.size(), all.size() - pairEvents.size()))).append(" · ")
                .append(Html.text(l.t("pair.dossier"))).append(" <a class=\"dossier\" href=\"").append(Html.text(l.href(dossier + "?format=html")))
                .append("\">").append(Html.text(l.t("pair.dossierPage"))).append("</a> · <a href=\"").append(dossier).append("?format=md\">Markdown</a></p>");
        s.append(listSection(base, view, shown, pairEvents, false));
        s.append(partnership(pairEvents));
        s.append(statements(pairEvents, "COMMIT", "pair.commitments", "pair.noCommitment"));
        s.append(statements(pairEvents, "SANCTION", "pair.measures", "pair.noMeasure"));
        s.append("<section><h2>").append(Html.text(l.t("pair.forums"))).append("</h2>");
        List<Queries.Meeting> together = q.multilateral(x).stream().filter(m -> multi.contains(m.event().eventId())).toList();
        s.append(forumTable(together)).append("</section>");
        return layout(l.name(x) + " – " + l.name(y), s.toString());
    }

    /**
     * The filters, the range control, the chart and the table of a list page, all from one view.
     *
     * @param shown    the events the view keeps
     * @param universe the events of the page before filtering, for the range control's anchors
     */
    private String listSection(String base, View view, List<EventRow> shown, List<EventRow> universe, boolean countries) {
        StringBuilder s = new StringBuilder("<section class=\"list\">");
        if (!countries) {
            s.append("<h2>").append(Html.text(l.t("list.title"))).append("</h2>");
        }
        s.append(filterForm(base, view, countries));
        s.append(rangeControl(base, view, universe));
        s.append("<div class=\"chart-box\">").append(Svg.timeline(shown, l)).append("</div>");
        s.append(legend(base, view));
        s.append("<p class=\"shown\"><span class=\"count\">").append(Html.text(l.count("list.count", shown.size()))).append("</span>");
        if (shown.size() == MAX_ROWS) {
            s.append(" ").append(Html.text(l.t("list.capped", MAX_ROWS)));
        }
        s.append(" · ").append(Html.text(l.t("list.download"))).append(" <a class=\"download\" download href=\"")
                .append(Html.text(base + view.query("format", "csv"))).append("\">CSV</a> · <a class=\"download\" download href=\"")
                .append(Html.text(base + view.query("format", "json"))).append("\">JSON</a></p>");
        s.append(eventTable(shown, "events"));
        return s.append("</section>").toString();
    }

    private String filterForm(String base, View view, boolean countries) {
        // Open, but a phone folds it when nothing is filtered (app.js), so the chart comes first.
        StringBuilder s = new StringBuilder("<details class=\"filters\" open data-active=\"").append(!view.isAll()).append("\"><summary>")
                .append(Html.text(l.t("filter.title"))).append("</summary>");
        s.append("<form class=\"filters\" method=\"get\" action=\"").append(Html.text(base)).append("\">").append(langField(l));
        s.append("<fieldset class=\"types\"><legend>").append(Html.text(l.t("filter.types"))).append("</legend>");
        for (String t : TypeStyle.types()) {
            s.append("<label><input type=\"checkbox\" name=\"types\" value=\"").append(t).append("\"")
                    .append(view.types().contains(t) ? " checked" : "").append("> ").append(Svg.swatch(t)).append(Html.text(l.type(t))).append("</label>");
        }
        s.append("</fieldset><div class=\"fields\">");
        if (countries) {
            s.append("<label>").append(Html.text(l.t("filter.countries"))).append(" <input name=\"countries\" size=\"9\" placeholder=\"CHN,KAZ\" value=\"")
                    .append(Html.text(String.join(",", view.countries()))).append("\"></label>");
        }
        s.append("<label>").append(Html.text(l.t("filter.status"))).append(" <select name=\"status\"><option value=\"\">")
                .append(Html.text(l.t("filter.anyStatus"))).append("</option>");
        for (String st : View.STATUSES) {
            s.append("<option value=\"").append(st).append("\"").append(st.equals(view.status()) ? " selected" : "").append(">")
                    .append(Html.text(l.status(st))).append("</option>");
        }
        s.append("</select></label>");
        s.append("<label>").append(Html.text(l.t("filter.since"))).append(" <input name=\"since\" size=\"10\" placeholder=\"2020\" value=\"")
                .append(Html.text(view.since())).append("\"></label>");
        s.append("<label>").append(Html.text(l.t("filter.until"))).append(" <input name=\"until\" size=\"10\" placeholder=\"2024-06\" value=\"")
                .append(Html.text(view.until())).append("\"></label>");
        s.append("<label>").append(Html.text(l.t("filter.text"))).append(" <input type=\"search\" name=\"text\" size=\"16\" value=\"")
                .append(Html.text(view.text())).append("\"></label>");
        s.append("<button>").append(Html.text(l.t("filter.apply"))).append("</button> ")
                .append("<a class=\"reset\" href=\"").append(Html.text(l.href(base + View.all().withRange(null, null).query(countriesOnly(view)))))
                .append("\">").append(Html.text(l.t("filter.reset"))).append("</a></div></form></details>");
        return s.toString();
    }

    /** On the events page the states are part of what is being looked at, not a filter to reset. */
    private static String[] countriesOnly(View view) {
        return view.countries().isEmpty() ? new String[0] : new String[] {"countries", String.join(",", view.countries())};
    }

    /** All, the last five years, the last year, anchored on the latest event (archives end before today). */
    private String rangeControl(String base, View view, List<EventRow> universe) {
        LocalDate latest = universe.stream().map(e -> Svg.day(e.date())).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        StringBuilder s = new StringBuilder("<nav class=\"range\" aria-label=\"").append(Html.text(l.t("range.label"))).append("\"><span>")
                .append(Html.text(l.t("range.label") + l.t("punct.colon"))).append("</span> ");
        List<String[]> options = new ArrayList<>();
        options.add(new String[] {"all", null, null});
        if (latest != null) {
            options.add(new String[] {"5y", latest.minusYears(5).toString(), null});
            options.add(new String[] {"1y", latest.minusYears(1).toString(), null});
        }
        for (String[] o : options) {
            boolean current = java.util.Objects.equals(o[1], view.since()) && view.until() == null;
            s.append("<a class=\"range-").append(o[0]).append("\" href=\"").append(Html.text(l.href(base + view.withRange(o[1], o[2]).query())))
                    .append("\"").append(current ? " aria-current=\"true\"" : "").append(">").append(Html.text(l.t("range." + o[0]))).append("</a> ");
        }
        if (view.since() != null || view.until() != null) {
            s.append("<span class=\"current-range\">").append(Html.text(l.t("range.shown", view.since() == null ? "…" : l.date(view.since()),
                    view.until() == null ? "…" : l.date(view.until())))).append("</span>");
        }
        s.append(" <span class=\"muted small\">").append(Html.text(l.t("range.brush"))).append("</span></nav>");
        return s.toString();
    }

    /** The legend, each type a link that shows or hides it (all shown is no type filter). */
    private String legend(String base, View view) {
        StringBuilder s = new StringBuilder("<ul class=\"legend\">");
        for (String t : TypeStyle.types()) {
            boolean on = view.types().isEmpty() || view.types().contains(t);
            Set<String> next = new TreeSet<>(view.types().isEmpty() ? TypeStyle.types() : view.types());
            if (on) {
                next.remove(t);
            } else {
                next.add(t);
            }
            if (next.size() == TypeStyle.types().size()) {
                next.clear();
            }
            s.append("<li><a class=\"legend-type").append(on ? "" : " off").append("\" data-type=\"").append(t).append("\" aria-pressed=\"")
                    .append(on).append("\" href=\"").append(Html.text(l.href(base + view.withTypes(next).query()))).append("\">").append(Svg.swatch(t))
                    .append(Html.text(l.type(t))).append("</a></li>");
        }
        return s.append("<li class=\"planned-key\">").append(Html.text(l.t("timeline.plannedKey"))).append("</li></ul>").toString();
    }

    private String partnership(List<EventRow> events) {
        List<EventRow> relations = events.stream().filter(e -> "RELATION".equals(e.type())).toList();
        StringBuilder s = new StringBuilder("<section><h2>").append(Html.text(l.t("pair.partnership"))).append("</h2>");
        if (relations.isEmpty()) {
            return s.append("<p class=\"muted\">").append(Html.text(l.t("pair.noPartnership"))).append("</p></section>").toString();
        }
        s.append("<ul class=\"relations\">");
        for (EventRow e : relations) {
            s.append("<li>").append(Html.text(l.date(e.date()))).append(" — ").append(a(eventUrl(e.eventId()),
                    Html.text(e.what() == null ? l.type(e.type()) : e.what()))).append(statusNote(e)).append("</li>");
        }
        return s.append("</ul></section>").toString();
    }

    /**
     * What a statement is about, as extracted, without a dangling opening bracket: the
     * extractor stops at the end of a clause, which may fall inside a parenthesis.
     */
    static String what(String what) {
        if (what == null) {
            return null;
        }
        int open = 0;
        int cut = -1;
        for (int i = 0; i < what.length(); i++) {
            char c = what.charAt(i);
            if (c == '(') {
                if (open++ == 0) {
                    cut = i;
                }
            } else if (c == ')' && open > 0) {
                open--;
            }
        }
        return open > 0 ? what.substring(0, cut).strip() + "…" : what;
    }

    private String statusNote(EventRow e) {
        return "happened".equals(e.status()) ? "" : " <span class=\"status-note\">(" + Html.text(l.status(e.status())) + ")</span>";
    }

    /**
     * One entry per commitment or measure (the same promise reported as several events is folded
     * by its words), shown by the sentences that state it rather than by the extracted object, which
     * may stop mid-phrase.
     */
    private String statements(List<EventRow> events, String type, String title, String none) {
        List<EventRow> commitments = events.stream().filter(e -> type.equals(e.type())).toList();
        StringBuilder s = new StringBuilder("<section class=\"statements\" data-type=\"").append(type).append("\"><h2>")
                .append(Html.text(l.t(title))).append("</h2>");
        if (commitments.isEmpty()) {
            return s.append("<p class=\"muted\">").append(Html.text(l.t(none))).append("</p></section>").toString();
        }
        Map<String, List<Source>> sources = q.sources(commitments.stream().map(EventRow::eventId).toList());
        Map<String, List<EventRow>> byWhat = new LinkedHashMap<>();
        for (EventRow e : commitments) {
            String what = e.what() == null ? e.eventId() : org.entente.text.Normalizer.fold(e.what()) + "|" + e.sourceCountry();
            byWhat.computeIfAbsent(what, k -> new ArrayList<>()).add(e);
        }
        s.append("<ul class=\"commitments\">");
        for (List<EventRow> group : byWhat.values()) {
            EventRow e = group.get(0);
            s.append("<li><p>").append(a(eventUrl(e.eventId()), Html.text(l.date(e.date())))).append(" — ");
            if (e.sourceCountry() != null) {
                s.append(l.stateHtml(e.sourceCountry())).append(e.what() == null ? " · " : ": ");
            }
            if (e.what() != null) {
                s.append("<span class=\"what\">").append(Html.text(what(e.what()))).append("</span> · ");
            }
            s.append(Html.text(l.t("pair.reported", group.stream().mapToInt(EventRow::nArticles).sum()))).append(statusNote(e)).append("</p>");
            Map<String, List<Source>> byArticle = new LinkedHashMap<>();
            Set<String> sentences = new LinkedHashSet<>();
            for (EventRow g : group) {
                for (Source src : sources.getOrDefault(g.eventId(), List.of())) {
                    if (sentences.add(src.articleId() + "#" + src.sentence())) {
                        byArticle.computeIfAbsent(src.articleId(), k -> new ArrayList<>()).add(src);
                    }
                }
            }
            s.append("<ul class=\"sources\">");
            for (List<Source> list : byArticle.values()) {
                Source first = list.get(0);
                s.append("<li>");
                for (Source src : list) {
                    s.append("<q>").append(Highlighter.html(src.text(), List.of(new Highlighter.Mark(0, 0,
                            src.triggerStart() - src.start(), src.triggerEnd() - src.start())), null)).append("</q> ");
                }
                s.append("— ").append(a(articleUrl(first.articleId()), Html.text(first.title() == null ? first.articleId() : first.title())))
                        .append("</li>");
            }
            s.append("</ul></li>");
        }
        return s.append("</ul></section>").toString();
    }

    // ---- the events page ----

    /** What the events page lists: every event the view keeps. */
    List<EventRow> eventRows(View view) {
        return q.events(view.filter(Set.of())).stream().limit(MAX_ROWS).toList();
    }

    String events(View view) {
        List<EventRow> shown = eventRows(view);
        List<EventRow> universe = view.countries().isEmpty() ? shown : q.events(View.all().filter(view.countries()));
        StringBuilder s = new StringBuilder("<h1>").append(Html.text(l.t("events.title"))).append("</h1>");
        if (!view.countries().isEmpty()) {
            List<String> names = new ArrayList<>();
            view.countries().forEach(c -> names.add(stateLink(c)));
            s.append("<p>").append(Html.text(l.t("events.with"))).append(" ").append(String.join(", ", names)).append("</p>");
        }
        s.append(listSection("/events", view, shown, universe, true));
        return layout(l.t("events.title"), s.toString());
    }

    private String eventTable(List<EventRow> events, String cls) {
        StringBuilder s = new StringBuilder("<div class=\"table-wrap\"><table class=\"").append(cls).append("\"><thead><tr><th>")
                .append(Html.text(l.t("col.date"))).append("</th><th>").append(Html.text(l.t("col.type"))).append("</th><th>")
                .append(Html.text(l.t("col.who"))).append("</th><th>").append(Html.text(l.t("col.place"))).append("</th><th>")
                .append(Html.text(l.t("col.what"))).append("</th><th class=\"num\">").append(Html.text(l.t("col.articles")))
                .append("</th></tr></thead><tbody>");
        for (EventRow e : events) {
            s.append("<tr data-type=\"").append(Html.text(e.type())).append("\" data-status=\"").append(Html.text(e.status()))
                    .append("\" data-date=\"").append(Html.text(e.date())).append("\"><td class=\"date\">")
                    .append(a(eventUrl(e.eventId()), Html.text(l.date(e.date())))).append(statusNote(e)).append("</td><td>").append(badge(e.type()))
                    .append("</td><td class=\"who\">").append(who(e)).append("</td><td>").append(Html.text(e.place())).append("</td><td class=\"what\">")
                    .append(Html.text(what(e.what()))).append("</td><td class=\"num\">").append(e.nArticles()).append("</td></tr>");
        }
        return s.append("</tbody></table></div>").toString();
    }

    /**
     * Who took part, as HTML: "visitor → host" for the types whose sides mean something, else
     * the states (and the people named) side by side.
     */
    private String who(EventRow e) {
        if (TypeStyle.directed(e.type()) && (e.sourceCountry() != null || e.targetCountry() != null)) {
            return "<span class=\"directed\">" + side(e.sourceActor(), e.sourceCountry()) + " → " + side(e.targetActor(), e.targetCountry()) + "</span>";
        }
        List<String> states = new ArrayList<>();
        for (String c : e.countries() == null ? new String[0] : e.countries().split(";")) {
            if (!c.isBlank()) {
                states.add(l.stateHtml(c));
            }
        }
        String out = String.join(" · ", states);
        if (e.participants() != null && !e.participants().isBlank()) {
            out += "<br><span class=\"people\">" + Html.text(e.participants().replace(";", ", ")) + "</span>";
        }
        return out;
    }

    private String side(String actor, String country) {
        if (actor != null && country != null && !actor.equals(country)) {
            return Html.text(actor) + " (" + l.stateHtml(country) + ")";
        }
        if (actor == null && country == null) {
            return "?";
        }
        return actor != null && !actor.equals(country) ? Html.text(actor) : l.stateHtml(country);
    }

    // ---- an event ----

    String event(String id) {
        EventDetail d = q.event(id).orElseThrow(() -> new NotFoundResponse(l.t("event.none", id)));
        EventRow e = d.row();
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(badge(e.type())).append(" ").append(who(e)).append("</h1><dl class=\"facts\">");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(l.t("col.date"), Html.text(l.date(e.date()) + (e.dateSource() == null ? "" : " (" + l.t("dateSource." + e.dateSource()) + ")")));
        facts.put(l.t("col.status"), Html.text(l.status(e.status())));
        facts.put(l.t("col.place"), e.place() == null ? null : Html.text(e.place()));
        facts.put(l.t("col.what"), e.what() == null ? null : Html.text(e.what()));
        List<String> states = new ArrayList<>();
        for (String c : e.countries() == null ? new String[0] : e.countries().split(";")) {
            if (!c.isBlank()) {
                states.add(stateLink(c));
            }
        }
        facts.put(l.t("col.states"), String.join(", ", states));
        if (states.size() == 2) {
            String[] c = e.countries().split(";");
            facts.put(l.t("event.relationship"), a(relationshipUrl(c[0], c[1]), pairHtml(c[0], c[1])));
        }
        facts.put("CAMEO / PLOVER", Html.text(e.cameo() + " / " + e.ploverType() + (e.ploverMode() == null ? "" : " (" + e.ploverMode() + ")")));
        facts.put(l.t("event.confidence"), Html.text(String.format(Locale.ROOT, "%.2f", e.confidence())));
        facts.put("Id", Html.text(e.eventId()));
        facts.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                s.append("<dt>").append(Html.text(k)).append("</dt><dd>").append(v).append("</dd>");
            }
        });
        s.append("</dl>");
        if (!d.participants().isEmpty()) {
            s.append("<h2>").append(Html.text(l.t("event.participants"))).append("</h2><ul class=\"participants\">");
            for (var p : d.participants()) {
                String name = p.actorId() == null ? Html.text(p.name()) : a(actorUrl(p.actorId()), Html.text(p.name()));
                s.append("<li>").append(name);
                String role = l.role(p.role());
                if (!role.isEmpty() || p.country() != null) {
                    s.append(", ").append(Html.text(role)).append(p.country() == null ? "" : (role.isEmpty() ? "" : " ") + "(" + l.stateHtml(p.country()) + ")");
                }
                s.append("</li>");
            }
            s.append("</ul>");
        }
        // One entry per article, every sentence it cites marked in its text.
        Map<String, List<Source>> byArticle = new LinkedHashMap<>();
        for (Source src : d.sources()) {
            byArticle.computeIfAbsent(src.articleId(), k -> new ArrayList<>()).add(src);
        }
        s.append("<h2>").append(Html.text(l.t("event.sources", l.count("event.articles", byArticle.size()), l.count("event.sentences", d.sources().size())))).append("</h2>");
        int i = 0;
        for (List<Source> list : byArticle.values()) {
            i++;
            Source src = list.get(0);
            Set<Integer> sentences = new TreeSet<>();
            list.forEach(x -> sentences.add(x.sentence()));
            s.append("<article class=\"source\"><h3><a class=\"source-link\" href=\"").append(Html.text(l.href(articleUrl(src.articleId())))).append("\">")
                    .append(Html.text(src.title() == null ? src.articleId() : src.title())).append("</a></h3><p class=\"muted\">")
                    .append(Html.text(String.join(" · ", nonNull(src.outlet(), src.published() == null ? null : l.date(src.published()),
                            l.count("event.sentences", sentences.size())))));
            if (isWebUrl(src.url())) {
                s.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(src.url())).append("\">")
                        .append(Html.text(l.t("article.original"))).append("</a>");
            }
            s.append("</p>");
            String text = q.article(src.articleId()).map(Article::text).orElse(null);
            if (text == null) {
                for (Source x : list) {
                    s.append("<blockquote>").append(Html.text(x.text())).append("</blockquote>");
                }
            } else {
                List<Highlighter.Mark> marks = list.stream().map(x -> new Highlighter.Mark(x.start(), x.end(), x.triggerStart(), x.triggerEnd())).toList();
                s.append("<div class=\"article-text\">").append(Highlighter.html(text, marks, "evidence-" + i)).append("</div>");
            }
            s.append("</article>");
        }
        return layout(l.type(e.type()) + " · " + l.states(e.countries()), s.toString());
    }

    static boolean isWebUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
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

    // ---- articles ----

    String article(String id) {
        Article a = q.article(id).orElseThrow(() -> new NotFoundResponse(l.t("article.none", id)));
        var evidence = q.evidence(id);
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(Html.text(a.title() == null ? a.id() : a.title())).append("</h1><p class=\"muted\">")
                .append(Html.text(String.join(" · ", nonNull(a.outlet(), a.published() == null ? null : l.date(a.published()), a.id())))).append("</p>");
        if (isWebUrl(a.url())) {
            s.append("<p><a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(a.url())).append("\">").append(Html.text(l.t("article.original")))
                    .append("</a></p>");
        }
        if (!evidence.isEmpty()) {
            s.append("<h2>").append(Html.text(l.t("article.events"))).append("</h2><ul class=\"evidence\">");
            for (var ev : evidence) {
                s.append("<li>").append(a(eventUrl(ev.eventId()), badge(ev.type()))).append(" — <q>")
                        .append(Html.text(slice(a.text(), ev.start(), ev.end()))).append("</q></li>");
            }
            s.append("</ul>");
        }
        List<Highlighter.Mark> marks = evidence.stream().map(ev -> new Highlighter.Mark(ev.start(), ev.end(), ev.triggerStart(), ev.triggerEnd())).toList();
        s.append("<h2>").append(Html.text(l.t("article.text"))).append("</h2><div class=\"article-text\">")
                .append(Highlighter.html(a.text(), marks, "evidence-1")).append("</div>");
        return layout(a.title() == null ? a.id() : a.title(), s.toString());
    }

    private static String slice(String text, int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        return text.substring(s, e);
    }

    String articles(int offset) {
        StringBuilder s = new StringBuilder("<h1>").append(Html.text(l.t("articles.title"))).append("</h1><div class=\"table-wrap\"><table class=\"articles\"><thead><tr><th>")
                .append(Html.text(l.t("col.published"))).append("</th><th>").append(Html.text(l.t("col.title"))).append("</th><th>")
                .append(Html.text(l.t("col.outlet"))).append("</th></tr></thead><tbody>");
        var list = q.articles(200, offset);
        for (Article a : list) {
            s.append("<tr><td class=\"date\">").append(Html.text(a.published() == null ? "" : l.date(a.published()))).append("</td><td class=\"title\">")
                    .append(a(articleUrl(a.id()), Html.text(a.title() == null ? a.id() : a.title()))).append("</td><td>")
                    .append(Html.text(a.outlet())).append("</td></tr>");
        }
        s.append("</tbody></table></div>");
        if (list.size() == 200) {
            s.append("<p>").append(a("/articles?offset=" + (offset + 200), Html.text(l.t("articles.more")))).append("</p>");
        }
        return layout(l.t("articles.title"), s.toString());
    }

    // ---- an actor ----

    String actor(String id) {
        var a = q.actor(id).orElseThrow(() -> new NotFoundResponse(l.t("actor.none", id)));
        StringBuilder s = new StringBuilder();
        s.append("<h1>").append(Html.text(a.name())).append("</h1><p class=\"muted\">")
                .append(String.join(" · ", nonNull(a.kind() == null ? null : Html.text(l.t("kind." + a.kind())),
                        a.country() == null ? null : stateLink(a.country()), Html.text(a.id())))).append("</p>");
        s.append("<h2>").append(Html.text(l.t("actor.roles"))).append("</h2>");
        if (a.roles().isEmpty()) {
            s.append("<p class=\"muted\">").append(Html.text(l.t("actor.noRole"))).append("</p>");
        } else {
            s.append("<div class=\"table-wrap\"><table class=\"roles\"><thead><tr><th>").append(Html.text(l.t("col.role"))).append("</th><th>")
                    .append(Html.text(l.t("col.state"))).append("</th><th>").append(Html.text(l.t("col.from"))).append("</th><th>")
                    .append(Html.text(l.t("col.to"))).append("</th></tr></thead><tbody>");
            for (var r : a.roles()) {
                s.append("<tr><td>").append(Html.text(l.role(r.role()))).append("</td><td>").append(l.stateHtml(r.country())).append("</td><td>")
                        .append(Html.text(r.start() == null ? "" : l.date(r.start()))).append("</td><td>")
                        .append(Html.text(r.end() == null ? "" : l.date(r.end()))).append("</td></tr>");
            }
            s.append("</tbody></table></div>");
        }
        s.append("<h2>").append(Html.text(l.t("actor.network"))).append("</h2>");
        if (a.ties().isEmpty()) {
            s.append("<p class=\"muted\">").append(Html.text(l.t("actor.noTie"))).append("</p>");
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
            s.append("<div class=\"chart-box\">").append(Svg.network(a.name(), shown, between, l)).append("</div>");
        }
        // A statement is dated by what it speaks of: "relations established in 1992", said by
        // someone in 2024, is not something that person did in 1992.
        List<EventRow> acts = a.events().stream().filter(e -> !statement(e.type())).toList();
        List<EventRow> statements = a.events().stream().filter(e -> statement(e.type())).toList();
        s.append("<h2>").append(Html.text(l.t("actor.events"))).append("</h2>");
        s.append(acts.isEmpty() ? "<p class=\"muted\">" + Html.text(l.t("actor.noEvent")) + "</p>" : eventTable(acts, "events"));
        if (!statements.isEmpty()) {
            s.append("<h2>").append(Html.text(l.t("actor.statements"))).append("</h2><p class=\"muted small\">")
                    .append(Html.text(l.t("actor.statementsNote"))).append("</p>").append(eventTable(statements, "statements"));
        }
        return layout(a.name(), s.toString());
    }

    private static boolean statement(String type) {
        try {
            return org.entente.events.EventType.valueOf(type).isStatement();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- search ----

    /**
     * @param problem why the query could not be run (shown to the user), or null
     */
    static String search(Labels l, String self, String query, List<SearchIndex.Hit> hits, String problem) {
        StringBuilder s = new StringBuilder("<h1>").append(Html.text(l.t("search.title"))).append("</h1><form class=\"search\" action=\"/search\" method=\"get\">")
                .append(langField(l)).append("<input type=\"search\" name=\"q\" aria-label=\"").append(Html.text(l.t("search.title")))
                .append("\" value=\"").append(Html.text(query)).append("\"> <button>").append(Html.text(l.t("search.button")))
                .append("</button></form><p class=\"muted\">").append(Html.text(l.t("search.help"))).append("</p>");
        if (problem != null) {
            s.append("<p class=\"problem\">").append(Html.text(problem)).append("</p>");
        } else if (!query.isBlank()) {
            s.append("<p>").append(Html.text(l.count("search.count", hits.size()))).append(" <q>").append(Html.text(query)).append("</q>.</p><ol class=\"hits\">");
            for (SearchIndex.Hit h : hits) {
                s.append("<li><a href=\"").append(Html.text(l.href(articleUrl(h.articleId())))).append("\">")
                        .append(Html.text(h.title() == null ? h.articleId() : h.title())).append("</a> <span class=\"muted\">")
                        .append(Html.text(h.published() == null ? "" : l.date(h.published()))).append("</span><br><span class=\"hit\">")
                        .append(marked(h)).append("</span>");
                for (String id : h.eventIds()) {
                    s.append(" <a class=\"hit-event\" href=\"").append(Html.text(l.href(eventUrl(id)))).append("\">").append(Html.text(l.t("search.event")))
                            .append("</a>");
                }
                s.append("</li>");
            }
            s.append("</ol>");
        }
        return layout(l, self, query.isBlank() ? l.t("search.title") : l.t("search.title") + ": " + query, s.toString());
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
