package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns files, directories and JSONL streams into cleaned {@link Article}s, one at a time.
 *
 * <p>Formats by extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl} and
 * {@code .jsonl.gz} (one article per line). Directories are walked recursively in name order so
 * that runs are reproducible; files with other extensions inside them are skipped silently, but a
 * file named explicitly must have a known extension. Every unusable input yields one
 * {@link InputProblem} and reading goes on with the next one.
 *
 * <p>Only one article file, or one JSONL line, is in memory at a time.
 */
public final class ArticleSource {
    private static final int HEADLINE_MAX = 200;
    /** How many leading lines may precede the body as kicker, tagline and headline. */
    private static final int HEADLINE_LINES = 3;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)");
    private static final int CHARSET_SNIFF = 4096;

    private final IngestOptions options;
    private final BoilerplateCleaner cleaner;
    private final HtmlExtractor html;
    private final ObjectMapper json = new ObjectMapper();

    public ArticleSource(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.cleaner = options.cleaner();
        this.html = new HtmlExtractor(cleaner);
    }

    public ArticleSource() {
        this(IngestOptions.defaults());
    }

    /** Input formats, by file-name ending. */
    enum Format {
        TXT(".txt"), HTML(".html"), HTM(".htm"), JSONL(".jsonl"), JSONL_GZ(".jsonl.gz");

        final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        static Format of(Path file) {
            return file.getFileName() == null ? null : of(file.getFileName().toString());
        }

        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            for (Format f : new Format[] {JSONL_GZ, JSONL, TXT, HTML, HTM}) {
                if (name.endsWith(f.suffix) && name.length() > f.suffix.length()) {
                    return f;
                }
            }
            return null;
        }

        String id(Path file) {
            return id(file.getFileName().toString());
        }

        String id(String name) {
            return name.substring(0, name.length() - suffix.length());
        }
    }

    /**
     * Reads every path (files or directories, recursively) in the given order, directories in
     * name order, handing each article to {@code sink} as soon as it is built.
     *
     * @return the number of articles produced
     */
    public int read(List<Path> paths, Consumer<Article> sink, Consumer<InputProblem> problems) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        Counter counter = new Counter(sink, problems);
        Set<Path> visited = new HashSet<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.accept(new InputProblem(path.toString(), 0, "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                walk(path, path, counter, problems, visited);
            } else if (Format.of(path) == null) {
                problems.accept(new InputProblem(path.toString(), 0,
                        "unsupported file type (expected .txt, .html, .htm, .jsonl or .jsonl.gz)"));
            } else {
                readOne(path, Format.of(path).id(path), counter, problems);
            }
        }
        return counter.count;
    }

    /**
     * The id of a file met under a directory argument: its path relative to that argument, with
     * '/' between names and without the extension ("2024/macron-pekin" for
     * {@code ARG/2024/macron-pekin.txt}), so the same file name in two folders gives two ids. A
     * file named as an argument keeps its bare name, as a file directly under a directory does.
     */
    private static String relativeId(Path root, Path file, Format format) {
        Path rel = root.relativize(file);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            id.append(rel.getName(i)).append('/');
        }
        return id.append(format.id(file)).toString();
    }

    /**
     * Reads JSONL articles from a stream (gzip-compressed or not, detected from its first bytes),
     * for example standard input. {@code name} stands for the file name in origins and in ids of
     * lines without an {@code id} field. The stream is not closed.
     *
     * @return the number of articles produced
     */
    public int readJsonl(InputStream in, String name, Consumer<Article> sink, Consumer<InputProblem> problems) {
        Counter counter = new Counter(sink, problems);
        readJsonlStream(in, name, name, counter, problems);
        return counter.count;
    }

    /** Cleans already-decoded text as the .txt path does (headline detection included). */
    public Article fromText(String id, String origin, String text) {
        return textArticle(id, origin, text);
    }

    /**
     * Reads one input that is not a local file (a Hadoop file system, a WARC record) as
     * {@link #read} reads a file: {@code fileName} chooses the format and gives the id, as a file
     * name would. The stream is not closed.
     *
     * @param url for HTML, the address the page was fetched from when known, else null
     * @return the number of articles produced
     */
    public int read(String fileName, String origin, InputStream in, String url,
                    Consumer<Article> sink, Consumer<InputProblem> problems) {
        Format format = Format.of(fileName);
        if (format == null) {
            problems.accept(new InputProblem(origin, 0,
                    "unsupported file type (expected .txt, .html, .htm, .jsonl or .jsonl.gz)"));
            return 0;
        }
        Counter counter = new Counter(sink, problems);
        if (format == Format.JSONL || format == Format.JSONL_GZ) {
            readJsonlStream(in, format.id(fileName), origin, counter, problems);
            return counter.count;
        }
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                problems.accept(new InputProblem(origin, 0, "file too large: over " + options.maxBytes() + " bytes"));
                return 0;
            }
            emit(format, format.id(fileName), origin, bytes, url, counter, problems);
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, 0, "cannot read: " + message(e)));
        }
        return counter.count;
    }

    /**
     * Counts the articles of one read and keeps their ids unique: an id met again (two JSONL
     * lines with one {@code id}, {@code x.txt} beside {@code x.html}, one file name given in two
     * arguments) is named on stderr; the same article again is dropped, another article gets
     * its id followed by "~" and a hash of its content. Which one keeps the plain id depends
     * only on input order, so the same arguments always give the same ids (and the same store).
     */
    private static final class Counter implements Consumer<Article> {
        private final Consumer<Article> sink;
        private final Consumer<InputProblem> problems;
        /** id to (origin, content digest) of the first article that took it. */
        private final java.util.Map<String, Seen> seen = new java.util.HashMap<>();
        private int count;

        private record Seen(String origin, String digest) {
        }

        Counter(Consumer<Article> sink, Consumer<InputProblem> problems) {
            this.sink = sink;
            this.problems = problems;
        }

        @Override
        public void accept(Article article) {
            String digest = digest(article).substring(0, 16);
            Seen first = seen.putIfAbsent(article.id(), new Seen(article.origin(), digest));
            if (first != null) {
                if (first.digest().equals(digest)) {
                    problems.accept(InputProblem.warning(article.origin(), 0, "same article as " + first.origin()
                            + " (id \"" + article.id() + "\"): read once"));
                    return;
                }
                String unique = article.id() + "~" + digest.substring(0, 12);
                problems.accept(InputProblem.warning(article.origin(), 0, "id \"" + article.id() + "\" already taken by "
                        + first.origin() + ": this article is kept as \"" + unique + "\""));
                if (seen.putIfAbsent(unique, new Seen(article.origin(), digest)) != null) {
                    return; // the same article a third time: read once already
                }
                article = new Article(unique, article.origin(), article.url(), article.title(), article.source(),
                        article.dateHints(), article.text());
            }
            count++;
            sink.accept(article);
        }

        private static String digest(Article a) {
            try {
                java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
                for (String part : new String[] {a.title(), a.url(), a.text()}) {
                    d.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                    d.update((byte) 0);
                }
                return java.util.HexFormat.of().formatHex(d.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void walk(Path root, Path dir, Consumer<Article> sink, Consumer<InputProblem> problems, Set<Path> visited) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return; // a symbolic link back to a directory already read
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), 0, "cannot read directory: " + message(e)));
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = new ArrayList<>(list.toList());
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), 0, "cannot read directory: " + message(e)));
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue; // editor, VCS and OS bookkeeping files
            }
            if (Files.isDirectory(child)) {
                walk(root, child, sink, problems, visited);
            } else if (Format.of(child) != null && Files.isRegularFile(child)) {
                readOne(child, relativeId(root, child, Format.of(child)), sink, problems);
            }
        }
    }

    private void readOne(Path file, String id, Consumer<Article> sink, Consumer<InputProblem> problems) {
        String origin = file.toString();
        Format format = Format.of(file);
        if (format == Format.JSONL || format == Format.JSONL_GZ) {
            try (InputStream in = Files.newInputStream(file)) {
                readJsonlStream(in, id, origin, sink, problems);
            } catch (IOException e) {
                problems.accept(new InputProblem(origin, 0, "cannot read: " + message(e)));
            }
            return;
        }
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                problems.accept(new InputProblem(origin, 0, "file too large: " + size
                        + " bytes, limit " + options.maxBytes()));
                return;
            }
            emit(format, id, origin, Files.readAllBytes(file), null, sink, problems);
        } catch (NoSuchFileException e) {
            problems.accept(new InputProblem(origin, 0, "no such file or directory"));
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, 0, "cannot read: " + message(e)));
        }
    }

    /** One .txt or .html article from its bytes. */
    private void emit(Format format, String id, String origin, byte[] bytes, String url,
                      Consumer<Article> sink, Consumer<InputProblem> problems) {
        try {
            Consumer<String> warnings = w -> problems.accept(InputProblem.warning(origin, 0, w));
            Article article = format == Format.TXT
                    ? textArticle(id, origin, TextDecoder.decode(bytes, warnings))
                    : htmlArticle(id, origin, decodeHtml(bytes, warnings), url, null, null, null);
            if (article.text().isBlank()) {
                problems.accept(new InputProblem(origin, 0, "no article text left after removing page furniture"));
                return;
            }
            sink.accept(article);
        } catch (InputRejected e) {
            problems.accept(new InputProblem(origin, 0, e.getMessage()));
        }
    }

    private void readJsonlStream(InputStream raw, String name, String origin,
                                 Consumer<Article> sink, Consumer<InputProblem> problems) {
        int lineNo = 0;
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            InputStream in = b1 == 0x1f && b2 == 0x8b
                    ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
                    : buffered;
            ByteLines lines = new ByteLines(in, options.maxBytes());
            ByteLines.Line line;
            boolean any = false;
            while ((line = lines.next()) != null) {
                lineNo = line.number();
                if (line.bytes() == null) {
                    any = true;
                    problems.accept(new InputProblem(origin, lineNo, "line too large: " + line.length()
                            + " bytes, limit " + options.maxBytes()));
                    continue;
                }
                if (isBlank(line.bytes())) {
                    continue;
                }
                any = true;
                String text;
                try {
                    int n = lineNo;
                    text = TextDecoder.decode(line.bytes(), w -> problems.accept(InputProblem.warning(origin, n, w)));
                } catch (InputRejected e) {
                    // A binary line means the whole file is not JSONL: one problem, not thousands.
                    problems.accept(new InputProblem(origin, lineNo, e.getMessage() + "; rest of file skipped"));
                    return;
                }
                jsonlArticle(text, name, origin, lineNo, sink, problems);
            }
            if (!any) {
                problems.accept(new InputProblem(origin, 0, "empty file"));
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, lineNo + 1, "cannot read (corrupt or truncated?): " + message(e)));
        }
    }

    private void jsonlArticle(String line, String name, String origin, int lineNo,
                              Consumer<Article> sink, Consumer<InputProblem> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(origin, lineNo, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(origin, lineNo, "not a JSON object"));
            return;
        }
        String id = field(node, "id");
        if (id == null) {
            id = name + "-" + lineNo;
        }
        String lineOrigin = origin + ":" + lineNo;
        String url = field(node, "url");
        String title = field(node, "title");
        String published = field(node, "published");
        String source = field(node, "source");
        String text = field(node, "text");
        String htmlText = field(node, "html");
        Article article;
        if (text != null) {
            Cleaned c = cleaner.clean(text);
            List<String> hints = new ArrayList<>();
            addHint(hints, published);
            c.dateHints().forEach(h -> addHint(hints, h));
            // Without a title field the text's own headline line (kept in place) is the best guess.
            article = new Article(id, lineOrigin, url, title != null ? title : headline(c.text()),
                    source != null ? source : c.source(), hints, c.text());
        } else if (htmlText != null) {
            article = htmlArticle(id, lineOrigin, htmlText, url, title, published, source);
        } else {
            problems.accept(new InputProblem(origin, lineNo, "no \"text\" or \"html\" field"));
            return;
        }
        if (article.text().isBlank()) {
            problems.accept(new InputProblem(origin, lineNo, "no article text left after removing page furniture"));
            return;
        }
        sink.accept(article);
    }

    private Article textArticle(String id, String origin, String text) {
        Cleaned c = cleaner.clean(text);
        return new Article(id, origin, null, headline(c.text()), c.source(), c.dateHints(), c.text());
    }

    /**
     * HTML: fields given by the caller (JSONL metadata) win over the page's own; the source is
     * the explicit one, else an agency named in the page's metadata or in a dateline, else the
     * site's name.
     */
    private Article htmlArticle(String id, String origin, String page, String url, String title,
                                String published, String source) {
        HtmlPage p = html.extract(page, url);
        Cleaned c = cleaner.clean(p.text());
        List<String> hints = new ArrayList<>();
        addHint(hints, published);
        p.dateHints().forEach(h -> addHint(hints, h));
        c.dateHints().forEach(h -> addHint(hints, h));
        String src = source;
        if (src == null) {
            src = p.agency() ? p.source() : (c.source() != null ? c.source() : p.source());
        }
        return new Article(id, origin, url != null ? url : p.url(), title != null ? title : p.title(),
                src, hints, c.text());
    }

    /**
     * The headline of plain text: among the first lines that read like one (short, no closing
     * period), the last before the body. Scraped pages often put a site tagline or a section
     * kicker above the headline; the headline is what sits right on top of the first paragraph.
     * The last line of a text is never a headline: there would be nothing under it.
     */
    static String headline(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(HEADLINE_LINES + 1).toList();
        String found = null;
        for (int i = 0; i < Math.min(HEADLINE_LINES, lines.size() - 1); i++) {
            if (!isHeadlineLike(lines.get(i))) {
                break;
            }
            found = lines.get(i).strip();
        }
        return found;
    }

    private static boolean isHeadlineLike(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() >= HEADLINE_MAX) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return t.chars().anyMatch(Character::isLetter);
    }

    private static String decodeHtml(byte[] bytes, Consumer<String> warnings) throws InputRejected {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = null;
        if (m.find()) {
            try {
                declared = Charset.forName(m.group(1).strip());
            } catch (IllegalArgumentException unknown) {
                declared = null; // an invented charset name: fall back to detection
            }
        }
        return TextDecoder.decode(bytes, declared, warnings);
    }

    private static void addHint(List<String> hints, String hint) {
        if (hint != null && !hint.isBlank() && !hints.contains(hint.strip())) {
            hints.add(hint.strip());
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
