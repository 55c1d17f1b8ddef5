package org.entente.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.entente.actors.ActorBase;
import org.entente.events.EventType;
import org.entente.export.Dossier;
import org.entente.export.EventRow;
import org.entente.pipeline.Pipeline;
import org.entente.store.FilterValues;
import org.entente.store.Queries;
import org.entente.store.SearchIndex;
import org.entente.store.Store;
import org.entente.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web interface and HTTP API over one store: JSON under {@code /api} (described by the
 * hand-written {@code /openapi.json}), server-rendered pages elsewhere, static files from the
 * classpath under {@code /assets}.
 *
 * <p>Reads run in parallel on duplicated connections ({@link Readers}); posted articles are
 * ingested one at a time on the store's own connection, and only when the server was given a
 * token, which each post must present as {@code Authorization: Bearer TOKEN}.
 */
public final class WebServer implements AutoCloseable {
    /** Request bodies larger than this are refused with 413. */
    public static final int MAX_BODY = 5 * 1024 * 1024;

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** On every response, Jetty's own error pages included. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    /** Default page size of every listing route; each takes limit=1..{@link FilterValues#MAX_LIMIT}. */
    private static final int PAGE = 100;

    private final String token;
    private final Readers readers;
    private final Ingestor ingestor;
    private final Search search;
    private final ActorBase names = ActorBase.configured();
    private final ObjectMapper json = mapper();
    private final byte[] openApi;
    private final List<String> routes = new ArrayList<>();
    private final Javalin app;

    /**
     * @param token     the secret that allows posting articles, or null to refuse every post
     * @param pipelines builds the pipeline on the first post (tests pass a parse-free one)
     */
    public WebServer(Store store, String token, Supplier<Pipeline> pipelines) {
        this.token = token == null || token.isBlank() ? null : token;
        this.readers = new Readers(store);
        this.ingestor = new Ingestor(store, pipelines);
        this.search = new Search(store);
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json missing from the classpath", e);
        }
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.defaultContentType = ContentType.JSON;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/assets";
                s.directory = "/org/entente/web/assets";
                s.location = Location.CLASSPATH;
                s.precompress = false;
                s.mimeTypes.add("text/javascript; charset=utf-8", "js");
                s.mimeTypes.add("text/css; charset=utf-8", "css");
            });
            SecureErrorHandler errors = new SecureErrorHandler(SECURITY_HEADERS);
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            config.events(e -> e.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath())));
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        app.exception(Ingestor.UnsupportedType.class, (e, ctx) -> fail(ctx, 415, e.getMessage()));
        // The client learns that it failed; the operator, on stderr, why.
        app.exception(StoreException.class, (e, ctx) -> {
            report(ctx, e);
            fail(ctx, 500, "the store could not answer");
        });
        app.exception(Exception.class, (e, ctx) -> {
            report(ctx, e);
            fail(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                fail(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.error(405, ctx -> fail(ctx, 405, "method not allowed"));
        apiRoutes();
        pageRoutes();
    }

    private void apiRoutes() {
        app.get("/openapi.json", ctx -> ctx.contentType(ContentType.JSON).result(openApi));
        app.get("/api/events", ctx -> ctx.json(readers.with(q -> q.events(filter(ctx)))));
        app.get("/api/events/<id>", ctx -> ctx.json(readers.with(q -> q.event(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("no event " + ctx.pathParam("id")))));
        app.get("/api/actors", ctx -> {
            String name = ctx.queryParam("name");
            ctx.json(readers.with(q -> q.findActors(name == null ? "" : name, limit(ctx))));
        });
        app.get("/api/actors/<id>", ctx -> ctx.json(readers.with(q -> q.actor(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("no actor " + ctx.pathParam("id")))));
        app.get("/api/relationships", ctx -> ctx.json(readers.with(q -> q.relationships(limit(ctx)))));
        app.get("/api/relationships/{a}/{b}", ctx -> {
            String[] pair = pair(ctx);
            ctx.json(readers.with(q -> relationship(q, pair[0], pair[1])));
        });
        app.get("/api/relationships/{a}/{b}/dossier", ctx -> {
            String[] pair = pair(ctx);
            String a = pair[0];
            String b = pair[1];
            String format = ctx.queryParam("format") == null ? "md" : ctx.queryParam("format");
            Labels l = labels(ctx);
            Dossier d = readers.with(q -> Dossier.of(q, a, b, l::name));
            switch (format) {
                case "md" -> ctx.contentType("text/markdown; charset=utf-8").result(d.toMarkdown());
                case "html" -> ctx.html(Pages.layout(l, self(ctx), "Dossier " + l.name(d.a()) + " – " + l.name(d.b()),
                        d.toHtmlFragment(id -> l.href(Pages.articleUrl(id)))));
                default -> throw new BadRequestResponse("format must be md or html");
            }
        });
        app.get("/api/search", ctx -> ctx.json(hits(ctx)));
        app.get("/api/articles", ctx -> ctx.json(readers.with(q -> q.articles(limit(ctx), offset(ctx)).stream()
                .map(WebServer::withoutServerPath).toList())));
        app.get("/api/articles/<id>", ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(readers.with(q -> {
                var a = q.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("article", withoutServerPath(a));
                out.put("evidence", q.evidence(id));
                return out;
            }));
        });
        app.post("/api/articles", this::post);
    }

    private void pageRoutes() {
        app.get("/", ctx -> ctx.html(readers.with(q -> pages(q, ctx).home())));
        app.get("/relationships/{a}/{b}", ctx -> {
            String[] pair = pair(ctx);
            String a = pair[0];
            String b = pair[1];
            View view = view(ctx);
            if (download(ctx, () -> readers.with(q -> pages(q, ctx).relationshipRows(a, b, view)), a + "-" + b)) {
                return;
            }
            ctx.html(readers.with(q -> pages(q, ctx).relationship(a, b, view)));
        });
        app.get("/events", ctx -> {
            View view = view(ctx);
            if (download(ctx, () -> readers.with(q -> pages(q, ctx).eventRows(view)), "events")) {
                return;
            }
            ctx.html(readers.with(q -> pages(q, ctx).events(view)));
        });
        app.get("/events/<id>", ctx -> ctx.html(readers.with(q -> pages(q, ctx).event(ctx.pathParam("id")))));
        app.get("/countries/{iso}", ctx -> {
            String iso = country(ctx.pathParam("iso"));
            ctx.html(readers.with(q -> pages(q, ctx).country(iso)));
        });
        app.get("/articles", ctx -> ctx.html(readers.with(q -> pages(q, ctx).articles(offset(ctx)))));
        app.get("/articles/<id>", ctx -> ctx.html(readers.with(q -> pages(q, ctx).article(ctx.pathParam("id")))));
        app.get("/actors/<id>", ctx -> ctx.html(readers.with(q -> pages(q, ctx).actor(ctx.pathParam("id")))));
        app.get("/search", ctx -> {
            String query = ctx.queryParam("q");
            Labels l = labels(ctx);
            if (query == null || query.isBlank()) {
                ctx.html(Pages.search(l, self(ctx), "", List.of(), null));
                return;
            }
            try {
                ctx.html(Pages.search(l, self(ctx), query, hits(ctx), null));
            } catch (BadRequestResponse e) {
                ctx.status(400).html(Pages.search(l, self(ctx), query, List.of(), e.getMessage()));
            }
        });
    }

    private Pages pages(Queries q, Context ctx) {
        return new Pages(q, labels(ctx), self(ctx));
    }

    private Labels labels(Context ctx) {
        return Labels.of(names, ctx.queryParam("lang"));
    }

    /** The request's path and query without its language, for the links that switch it. */
    private static String self(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return ctx.path();
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=") && !p.equals("lang")).collect(Collectors.joining("&"));
        return kept.isEmpty() ? ctx.path() : ctx.path() + "?" + kept;
    }

    private static View view(Context ctx) {
        return View.of(ctx::queryParams);
    }

    /**
     * Answers {@code ?format=csv|json} with the rows the page would show, in the export's columns;
     * false when the page itself is asked for.
     */
    private boolean download(Context ctx, Supplier<List<EventRow>> rows, String name) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            return false;
        }
        String file = name.replaceAll("[^A-Za-z0-9-]", "_");
        switch (format) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .result(Csv.of(rows.get()));
            case "json" -> ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".json\"").json(rows.get());
            default -> throw new BadRequestResponse("format must be csv or json");
        }
        return true;
    }

    private List<SearchIndex.Hit> hits(Context ctx) {
        String query = ctx.queryParam("q");
        if (query == null || query.isBlank()) {
            throw new BadRequestResponse("q, the search query, is missing");
        }
        int limit = limit(ctx);
        try {
            return search.hits(query, limit);
        } catch (IllegalArgumentException e) {
            // The index explains what it could not read in the query: that is for the user.
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private Map<String, Object> relationship(Queries q, String a, String b) {
        List<EventRow> events = q.events(new Queries.EventFilter(Set.of(a, b), Set.of(), Set.of(), null, null, null, null, 10_000, 0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", a);
        out.put("b", b);
        out.put("timeline", q.timeline(a, b));
        out.put("events", events);
        out.put("commitments", withSources(q, events, EventType.COMMIT));
        out.put("measures", withSources(q, events, EventType.SANCTION));
        return out;
    }

    /** The events of one type, each with every report of it. */
    private static List<Map<String, Object>> withSources(Queries q, List<EventRow> events, EventType type) {
        List<String> ids = events.stream().filter(e -> type.name().equals(e.type())).map(EventRow::eventId).toList();
        List<Map<String, Object>> list = new ArrayList<>();
        q.sources(ids).forEach((id, sources) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("event", events.stream().filter(e -> e.eventId().equals(id)).findFirst().orElse(null));
            c.put("sources", sources);
            list.add(c);
        });
        return list;
    }

    private void post(Context ctx) throws IOException {
        if (token == null) {
            fail(ctx, 403, "posting articles is disabled: start the server with --token or ENTENTE_TOKEN to allow it");
            return;
        }
        String auth = ctx.header("Authorization");
        // RFC 7235: the scheme is case-insensitive ("bearer", "BEARER").
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7) || !MessageDigest.isEqual(
                auth.substring(7).trim().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            fail(ctx, 401, "a valid 'Authorization: Bearer TOKEN' header is required to post articles");
            return;
        }
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw new BadRequestResponse("empty body: send the article as text/plain, text/html or JSON lines");
        }
        var outcomes = ingestor.ingest(ctx.contentType(), body, ctx.queryParam("id"));
        boolean stored = outcomes.stream().anyMatch(o -> "added".equals(o.result()) || "replaced".equals(o.result()));
        if (stored) {
            search.stale();
        }
        ctx.status(stored ? 201 : 200).json(Map.of("articles", outcomes));
    }

    /** The body, read no further than the limit whatever Content-Length claims (chunked bodies have none). */
    private static byte[] boundedBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw new HttpResponseException(413, "request body too large: the limit is " + MAX_BODY + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new HttpResponseException(413, "request body too large: the limit is " + MAX_BODY + " bytes");
            }
            return bytes;
        }
    }

    private static void report(Context ctx, Exception e) {
        System.err.println("entente: " + ctx.method() + " " + ctx.path() + " failed: " + e);
    }

    private void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            String title = HttpStatus.forStatus(status).getMessage();
            ctx.html(Pages.message(labels(ctx), self(ctx), title.isEmpty() ? "Error " + status : title, message));
        }
    }

    private static Queries.EventFilter filter(Context ctx) {
        Set<String> countries = list(ctx, "countries");
        countries.forEach(WebServer::country);
        try {
            return new Queries.EventFilter(countries, list(ctx, "actors"), list(ctx, "types"), given(ctx, "since"),
                    given(ctx, "until"), given(ctx, "text"), given(ctx, "status"), limit(ctx), offset(ctx));
        } catch (IllegalArgumentException e) {
            // The filter lists the values it takes: that is for the client.
            throw new BadRequestResponse(e.getMessage());
        }
    }

    /** A query parameter, null when absent or blank (an empty field of a form asks for nothing). */
    private static String given(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The two states of a relationship route: two codes, and two different ones. */
    private static String[] pair(Context ctx) {
        String a = country(ctx.pathParam("a"));
        String b = country(ctx.pathParam("b"));
        if (a.equals(b)) {
            throw new BadRequestResponse("a relationship is between two different states, not " + a + " and " + a);
        }
        return new String[] {a, b};
    }

    /**
     * An article as the API shows it. Its origin is where the ingest read it: a path relative to
     * what was ingested is the client's business, but an absolute one, or one climbing out of the
     * server's folder, maps the server's disk, so it is left out.
     */
    static Queries.Article withoutServerPath(Queries.Article a) {
        String o = a.origin();
        boolean local = o != null && (o.startsWith("/") || o.startsWith("\\") || o.matches("(?s)[A-Za-z]:[\\\\/].*")
                || o.startsWith("~") || java.util.Arrays.asList(o.split("[/\\\\]")).contains(".."));
        return local ? new Queries.Article(a.id(), a.title(), a.url(), a.outlet(), a.published(), null, a.text(), a.ingestedAt()) : a;
    }

    /** A list parameter, given comma-separated, repeated, or both. */
    private static Set<String> list(Context ctx, String name) {
        Set<String> out = new TreeSet<>();
        for (String v : ctx.queryParams(name)) {
            Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static String country(String v) {
        if (!ISO3.matcher(v).matches()) {
            throw new BadRequestResponse("countries are ISO 3166 alpha-3 codes (FRA, CHN)");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    /** The same on every listing route: 1 to {@link FilterValues#MAX_LIMIT} rows, {@link #PAGE} unless asked. */
    private static int limit(Context ctx) {
        try {
            return FilterValues.limit(intParam(ctx, "limit", PAGE), "limit");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int offset(Context ctx) {
        try {
            return FilterValues.offset(intParam(ctx, "offset", 0), "offset");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        SimpleModule rows = new SimpleModule("event-rows");
        // Events keep the export's column names, the one schema of every tabular output.
        rows.addSerializer(EventRow.class, new StdSerializer<>(EventRow.class) {
            @Override
            public void serialize(EventRow r, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                List<Object> values = r.values();
                for (int i = 0; i < values.size(); i++) {
                    g.writeFieldName(EventRow.COLUMNS.get(i));
                    p.defaultSerializeValue(values.get(i), g);
                }
                g.writeEndObject();
            }
        });
        m.registerModule(rows);
        return m;
    }

    /** Starts listening; port 0 picks a free port. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route registered, as "METHOD /path" (the OpenAPI test checks the API ones are documented). */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
        ingestor.close();
        search.close();
        readers.close();
    }
}
