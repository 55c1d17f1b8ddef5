package org.entente.actors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's additions to the bundled actor base, read from a CSV or YAML file so that a new
 * minister can be added without rebuilding. Columns (CSV header) or keys (YAML list of maps) are
 * those of the curated {@code updates.tsv}: {@code role, iso3, name_en, wikidata, start, end,
 * source}, plus an optional {@code aliases} ("|"-separated other spellings). A row with aliases
 * and no role only adds spellings to a known or overlaid person.
 *
 * @param file where the rows come from, for messages
 * @param rows the valid rows, in file order
 */
public record ActorOverlay(Path file, List<Row> rows) {
    /** System property, also read as the environment variable ENTENTE_ACTORS_OVERLAY. */
    public static final String PROPERTY = "entente.actors.overlay";

    private static final List<String> KEYS = List.of("role", "iso3", "name_en", "wikidata", "start", "end", "source", "aliases");

    /**
     * One overlay row.
     *
     * @param line    1-based line of the row in its file
     * @param role    the office, or null for an alias-only row
     * @param iso3    ISO alpha-3 of the state ("" for alias-only rows)
     * @param name    English or usual name of the person
     * @param qid     Wikidata id, or ""
     * @param start   first day in office, or null
     * @param end     first day out of office, or null while open
     * @param source  provenance given by the user (defaults to the file name)
     * @param aliases other spellings of the name
     */
    public record Row(int line, Role role, String iso3, String name, String qid, LocalDate start, LocalDate end,
                      String source, List<String> aliases) {
    }

    public ActorOverlay {
        rows = List.copyOf(rows);
    }

    /** The overlay named by the system property or environment variable, if either is set. */
    public static Optional<Path> configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv("ENTENTE_ACTORS_OVERLAY");
        }
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p.strip()));
    }

    /**
     * Reads a {@code .csv}, {@code .yaml} or {@code .yml} file.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad row
     */
    public static ActorOverlay read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Map.Entry<Integer, Map<String, String>>> raw;
        try {
            raw = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(file) : csv(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor overlay " + file + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (var e : raw) {
            rows.add(row(file, e.getKey(), e.getValue()));
        }
        return new ActorOverlay(file, rows);
    }

    private static Row row(Path file, int line, Map<String, String> f) {
        String where = file + ":" + line + ": ";
        for (String k : f.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(where + "unknown column '" + k + "' (expected " + String.join(", ", KEYS) + ")");
            }
        }
        String name = f.getOrDefault("name_en", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + "name_en is empty");
        }
        List<String> aliases = Tsv.list(f.getOrDefault("aliases", ""));
        String roleText = f.getOrDefault("role", "").strip();
        String iso3 = f.getOrDefault("iso3", "").strip().toUpperCase(Locale.ROOT);
        Role role = null;
        if (roleText.isEmpty()) {
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException(where + "a row needs a role (" + roleNames() + ") or aliases");
            }
        } else {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown role '" + roleText + "' (expected one of " + roleNames() + ")");
            }
            if (!iso3.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(where + "iso3 '" + iso3 + "' is not an ISO alpha-3 code");
            }
        }
        LocalDate start = date(where, "start", f.get("start"));
        LocalDate end = date(where, "end", f.get("end"));
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException(where + "end " + end + " is not after start " + start);
        }
        String source = f.getOrDefault("source", "").strip();
        return new Row(line, role, iso3, name, f.getOrDefault("wikidata", "").strip(), start, end,
                source.isEmpty() ? "overlay " + file.getFileName() : source, aliases);
    }

    private static String roleNames() {
        StringBuilder sb = new StringBuilder();
        for (Role r : Role.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r);
        }
        return sb.toString();
    }

    private static LocalDate date(String where, String key, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + key + " '" + s.strip() + "' is not a date YYYY-MM-DD");
        }
    }

    /** Comma-separated with a header line; double quotes protect commas; '#' lines are comments. */
    private static List<Map.Entry<Integer, Map<String, String>>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Map.Entry<Integer, Map<String, String>>> out = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line, file, i + 1);
            if (header == null) {
                header = new ArrayList<>();
                for (String c : cells) {
                    header.add(c.strip().toLowerCase(Locale.ROOT));
                }
                if (!header.contains("name_en")) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": header must name the columns (" + String.join(",", KEYS) + ")");
                }
                continue;
            }
            if (cells.size() > header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.size() + " cells for " + header.size() + " columns");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                m.put(header.get(c), cells.get(c));
            }
            out.add(Map.entry(i + 1, m));
        }
        return out;
    }

    private static List<String> cells(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }

    /** A YAML list of maps; each map's line is where it starts, for messages. */
    private static List<Map.Entry<Integer, Map<String, String>>> yaml(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<Map.Entry<Integer, Map<String, String>>> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return out;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(file + ":" + p.currentTokenLocation().getLineNr() + ": expected a list of rows");
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException(file + ":" + line + ": a row must be a map of role, iso3, name_en, ...");
                }
                JsonNode node = mapper.readTree(p);
                Map<String, String> m = new LinkedHashMap<>();
                for (var it = node.fields(); it.hasNext(); ) {
                    var f = it.next();
                    JsonNode v = f.getValue();
                    String text;
                    if (v.isArray()) {
                        List<String> parts = new ArrayList<>();
                        v.forEach(x -> parts.add(x.asText()));
                        text = String.join("|", parts);
                    } else {
                        text = v.isNull() ? "" : v.asText();
                    }
                    m.put(f.getKey().strip().toLowerCase(Locale.ROOT), text);
                }
                out.add(Map.entry(line, m));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IllegalArgumentException(file + ":" + (loc == null ? "?" : loc.getLineNr()) + ": " + e.getOriginalMessage());
        }
        return out;
    }
}
