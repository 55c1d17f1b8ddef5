package org.entente.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic French news corpus for the Spark tests and benchmark: half the articles as
 * HTML pages in WARC files, half as JSON lines (one file gzipped). Diplomatic stories are each
 * reported by one to four articles in different words, so merges happen; some articles carry no
 * publication date, so cross-article dating happens; most articles are news without diplomacy.
 * Every sentence comes from {@code templates.tsv} and {@code states.tsv}; a seed makes it repeatable.
 */
final class CorpusGenerator {
    enum Kind { MEET, VISIT, CALL, SIGN, UNDATED, FILLER }

    private record State(String adjective, String capital) {
    }

    private record Story(Kind type, State a, State b, LocalDate date, String place) {
    }

    /** One generated article, before it is written in one format or the other. */
    record Doc(String title, LocalDate published, List<String> paragraphs) {
    }

    private static final String[] SECTORS = {"dans le domaine de l'énergie", "dans le domaine agricole",
        "en matière de santé", "dans le secteur numérique", "dans le domaine des transports"};
    private static final int FILES_PER_FORMAT = 5;

    private final Random random;
    private final List<State> states = new ArrayList<>();
    private final Map<Kind, List<String>> templates = new EnumMap<>(Kind.class);

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        for (String[] row : rows("states.tsv")) {
            states.add(new State(row[0], row[1]));
        }
        for (String[] row : rows("templates.tsv")) {
            templates.computeIfAbsent(Kind.valueOf(row[0]), k -> new ArrayList<>()).add(row[1]);
        }
    }

    /** Writes {@code articles} articles under {@code dir} (replacing what the generator wrote before). */
    void write(Path dir, int articles) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<Doc> docs = docs(articles);
        int perFile = (docs.size() + 2 * FILES_PER_FORMAT - 1) / (2 * FILES_PER_FORMAT);
        for (int f = 0; f < 2 * FILES_PER_FORMAT; f++) {
            List<Doc> slice = docs.subList(Math.min(docs.size(), f * perFile), Math.min(docs.size(), (f + 1) * perFile));
            // Formats alternate so that input order interleaves them.
            String base = String.format(Locale.ROOT, "part-%02d", f);
            if (f % 2 == 0) {
                writeWarc(dir.resolve(base + ".warc.gz"), base, slice);
            } else {
                writeJsonl(dir.resolve(base + (f == 1 ? ".jsonl.gz" : ".jsonl")), base, slice);
            }
        }
    }

    List<Doc> docs(int articles) {
        List<Doc> docs = new ArrayList<>();
        int diplomatic = articles * 2 / 5;
        while (docs.size() < diplomatic) {
            Story story = story();
            int reports = 1 + random.nextInt(4);
            for (int r = 0; r < reports && docs.size() < diplomatic; r++) {
                docs.add(report(story));
            }
        }
        while (docs.size() < articles) {
            docs.add(filler());
        }
        Collections.shuffle(docs, random);
        return docs;
    }

    private Story story() {
        Kind type = List.of(Kind.MEET, Kind.VISIT, Kind.CALL, Kind.SIGN).get(random.nextInt(4));
        State a = states.get(random.nextInt(states.size()));
        State b;
        do {
            b = states.get(random.nextInt(states.size()));
        } while (b == a);
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
        String place = switch (type) {
            case VISIT -> b.capital();
            case CALL -> null;
            default -> random.nextBoolean() ? a.capital() : b.capital();
        };
        return new Story(type, a, b, date, place);
    }

    private Doc report(Story s) {
        boolean undated = random.nextInt(12) == 0;
        LocalDate published = s.date().plusDays(random.nextInt(4));
        String sentence = fill(pick(s.type()), s, undated ? "" : datePhrase(s.date(), published));
        List<String> paragraphs = new ArrayList<>();
        if (random.nextBoolean()) {
            paragraphs.add(filler(1));
        }
        paragraphs.add(sentence);
        if (undated) {
            paragraphs.add(fill(pick(Kind.UNDATED), new Story(s.type(), s.a(), s.b(), s.date(), s.a().capital()), ""));
        }
        paragraphs.add(filler(1 + random.nextInt(2)));
        return new Doc("Actualité internationale : " + s.a().adjective() + " et " + s.b().adjective(),
                undated ? null : published, paragraphs);
    }

    private Doc filler() {
        List<String> paragraphs = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            paragraphs.add(filler(1 + random.nextInt(3)));
        }
        return new Doc("Les nouvelles du jour n° " + random.nextInt(10_000),
                LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700)), paragraphs);
    }

    private String filler(int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(pick(Kind.FILLER).replace("{n}", Integer.toString(2 + random.nextInt(40))));
        }
        return sb.toString();
    }

    private String pick(Kind kind) {
        List<String> t = templates.get(kind);
        return t.get(random.nextInt(t.size()));
    }

    private String fill(String template, Story s, String date) {
        String out = template.replace("{A}", s.a().adjective()).replace("{B}", s.b().adjective())
                .replace("{place}", s.place() == null ? s.b().capital() : s.place())
                .replace("{sector}", SECTORS[random.nextInt(SECTORS.length)]);
        return date.isEmpty() ? out.replace(" {date}", "") : out.replace("{date}", date);
    }

    /** "le 12 mars 2024", "le 12 mars", or a weekday when the event is days before publication. */
    private String datePhrase(LocalDate date, LocalDate published) {
        int form = random.nextInt(3);
        if (form == 2 && !date.equals(published)) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        return form == 0 ? "le " + day + " " + month + " " + date.getYear() : "le " + day + " " + month;
    }

    private static void writeWarc(Path file, String base, List<Doc> docs) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            int i = 0;
            for (Doc d : docs) {
                i++;
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
                        .append("<title>").append(d.title()).append(" | Le Quotidien</title>");
                if (d.published() != null) {
                    html.append("<meta property=\"article:published_time\" content=\"").append(d.published())
                            .append("T08:00:00+01:00\">");
                }
                html.append("</head><body><nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav><article><h1>")
                        .append(d.title()).append("</h1>");
                d.paragraphs().forEach(p -> html.append("<p>").append(p).append("</p>"));
                html.append("</article><footer>Tous droits réservés</footer></body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, html.toString().getBytes(StandardCharsets.UTF_8)).build();
                LocalDate crawled = d.published() == null ? LocalDate.of(2025, 1, 1) : d.published();
                warc.write(new WarcResponse.Builder("https://quotidien.example/" + base + "/" + i + ".html")
                        .date(crawled.atStartOfDay().toInstant(ZoneOffset.UTC)).body(http).build());
            }
        }
    }

    private static void writeJsonl(Path file, String base, List<Doc> docs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
             Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            int i = 0;
            for (Doc d : docs) {
                i++;
                ObjectNode o = json.createObjectNode();
                o.put("id", base + "-" + i);
                o.put("url", "https://gazette.example/" + base + "/" + i);
                o.put("title", d.title());
                if (d.published() != null) {
                    o.put("published", d.published().toString());
                }
                o.put("text", String.join("\n", d.paragraphs()));
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CorpusGenerator.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
