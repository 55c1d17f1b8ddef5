package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files and directories, one at a time so memory stays bounded whatever the
 * input size: plain text, HTML, JSON lines (optionally gzipped). Every input that cannot be read
 * is reported once to the problem listener and the others go on.
 */
public final class ArticleReader {
    /** Default ceiling for one article file or one JSONL line. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final BoilerplateCleaner cleaner;
    private final HtmlExtractor html;
    private final TextDecoder decoder = new TextDecoder();
    private final ObjectMapper json = new ObjectMapper();
    private final long maxBytes;

    public ArticleReader(BoilerplateCleaner cleaner, long maxBytes) {
        this.cleaner = cleaner;
        this.html = new HtmlExtractor();
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(BoilerplateCleaner.load(), DEFAULT_MAX_BYTES);
    }

    /** Reads every path (directories recursively, in name order); articles go to sink, problems to problems. */
    public void read(List<Path> paths, Consumer<Article> sink, Consumer<InputProblem> problems) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.accept(new InputProblem(p.toString(), 0, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> format(f) != null).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.accept(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
                }
                for (Path f : files) {
                    readFile(f, sink, problems);
                }
            } else if (format(p) == null) {
                problems.accept(new InputProblem(p.toString(), 0,
                        "unknown file type (expected .txt, .html, .htm, .jsonl or .jsonl.gz)"));
            } else {
                readFile(p, sink, problems);
            }
        }
    }

    private enum Format { TEXT, HTML, JSONL, JSONL_GZ }

    private static Format format(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
            return Format.JSONL_GZ;
        }
        return null;
    }

    private void readFile(Path file, Consumer<Article> sink, Consumer<InputProblem> problems) {
        Format format = format(file);
        String origin = file.toString();
        try {
            if (format == Format.JSONL || format == Format.JSONL_GZ) {
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = format == Format.JSONL_GZ ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    readJsonLines(in, origin, sink, problems);
                }
                return;
            }
            long size = Files.size(file);
            if (size == 0) {
                problems.accept(new InputProblem(origin, 0, "empty file"));
                return;
            }
            if (size > maxBytes) {
                problems.accept(new InputProblem(origin, 0, String.format(Locale.ROOT,
                        "file too large (%.1f MB; the limit for one article is %.1f MB)", size / 1e6, maxBytes / 1e6)));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            var decoded = decoder.decode(bytes);
            if (decoded.isEmpty()) {
                problems.accept(new InputProblem(origin, 0, "binary content, not text"));
                return;
            }
            String id = idOf(file);
            Article a = format == Format.HTML
                    ? fromHtml(id, origin, null, null, List.of(), decoded.get().text())
                    : fromText(id, origin, null, null, List.of(), decoded.get().text(), true);
            emit(a, origin, 0, sink, problems);
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads a JSON-lines stream: one article a line with id, url, title, published, and text or html. */
    public void readJsonLines(InputStream in, String origin, Consumer<Article> sink, Consumer<InputProblem> problems)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > maxBytes) {
                problems.accept(new InputProblem(origin, n, "line too large for one article"));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                problems.accept(new InputProblem(origin, n, "not JSON: " + firstLine(e.getMessage())));
                continue;
            }
            if (!node.isObject()) {
                problems.accept(new InputProblem(origin, n, "expected a JSON object"));
                continue;
            }
            String id = text(node, "id");
            if (id == null) {
                id = baseName(origin) + "-" + n;
            }
            String url = text(node, "url");
            String title = text(node, "title");
            List<String> hints = new ArrayList<>();
            String published = text(node, "published");
            if (published == null) {
                published = text(node, "date");
            }
            if (published != null) {
                hints.add(published);
            }
            String body = text(node, "text");
            String htmlBody = text(node, "html");
            Article a;
            if (body != null) {
                a = fromText(id, origin + ":" + n, url, title, hints, body, false);
            } else if (htmlBody != null) {
                a = fromHtml(id, origin + ":" + n, url, title, hints, htmlBody);
            } else {
                problems.accept(new InputProblem(origin, n, "no \"text\" or \"html\" field"));
                continue;
            }
            emit(a, origin, n, sink, problems);
        }
    }

    private static void emit(Article a, String origin, int line, Consumer<Article> sink, Consumer<InputProblem> problems) {
        if (a.text().isBlank()) {
            problems.accept(new InputProblem(origin, line, "no article text left after removing page furniture"));
        } else {
            sink.accept(a);
        }
    }

    private Article fromText(String id, String origin, String url, String title, List<String> hints, String raw,
                             boolean titleFromFirstLine) {
        BoilerplateCleaner.Cleaned c = cleaner.clean(raw);
        List<String> allHints = new ArrayList<>(hints);
        allHints.addAll(c.dateHints());
        String t = title;
        if (t == null && titleFromFirstLine) {
            // A plain-text article usually opens with its headline; it stays in the text so offsets stay simple.
            String first = c.text().strip().lines().findFirst().orElse("");
            if (!first.isEmpty() && first.length() < 200 && !first.endsWith(".")) {
                t = first;
            }
        }
        return new Article(id, origin, url, t, c.source(), allHints, c.text());
    }

    private Article fromHtml(String id, String origin, String url, String title, List<String> hints, String page) {
        HtmlExtractor.Page p = html.extract(page);
        List<String> allHints = new ArrayList<>(hints);
        allHints.addAll(p.dateHints());
        BoilerplateCleaner.Cleaned c = cleaner.clean(p.text());
        allHints.addAll(c.dateHints());
        return new Article(id, origin, url != null ? url : p.url(), title != null ? title : p.title(),
                p.source() != null ? p.source() : c.source(), allHints, c.text());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }

    private static String idOf(Path file) {
        return baseName(file.getFileName().toString());
    }

    private static String baseName(String name) {
        String n = Path.of(name).getFileName().toString();
        for (String ext : new String[] {".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson", ".html", ".htm", ".txt"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
