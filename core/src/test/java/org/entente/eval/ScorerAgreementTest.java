package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java scorer must give score.py's numbers. System outputs are derived at test time from the
 * development gold by perturbations (nothing of the gold is stored in the repository), scored by
 * both implementations, and compared number by number and line by line.
 */
class ScorerAgreementTest {
    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path scorePy;
    private static Path goldDir;
    private static List<GoldEvent> goldEvents;

    @TempDir
    Path tmp;

    /** A gold event with where it came from. */
    record GoldEvent(String doc, int index, ObjectNode event) {
        String key() {
            JsonNode k = event.get("key");
            return k != null && k.isTextual() && !k.textValue().isEmpty() ? k.textValue() : doc + "#" + index;
        }
    }

    // Before each test, not all: an assumption that fails in @BeforeAll hides the tests ("Tests run: 0")
    // where failing in each one reports every test as skipped.
    @BeforeEach
    void locateShared() throws IOException {
        String shared = System.getProperty("entente.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared)),
                "skipped: ../shared not found (system property entente.shared=" + shared + ")");
        scorePy = Path.of(shared, "eval", "score.py");
        Assumptions.assumeTrue(Files.isRegularFile(scorePy), "skipped: " + scorePy + " missing");
        Assumptions.assumeTrue(pythonAvailable(), "skipped: python3 is not on the PATH");
    }

    /** Makes one development set the gold of the next comparisons (tests of this class run one at a time). */
    private static void use(String set) throws IOException {
        goldDir = scorePy.getParent().resolveSibling("corpus").resolve(set).resolve("gold");
        Assumptions.assumeTrue(Files.isDirectory(goldDir), "skipped: " + goldDir + " missing");
        goldEvents = new ArrayList<>();
        try (var files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode d = JSON.readTree(f.toFile());
                int i = 0;
                for (JsonNode e : d.get("events")) {
                    goldEvents.add(new GoldEvent(d.get("article").asText(), i++, (ObjectNode) e));
                }
            }
        }
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        assertEquals(0, rc, "python3 " + String.join(" ", args) + " failed");
        return out;
    }

    // ---------------------------------------------------------------- system outputs built from gold

    private static ObjectNode systemEvent(GoldEvent g, String id) {
        ObjectNode s = g.event().deepCopy();
        s.remove(List.of("key", "what", "evidence"));
        s.put("id", id);
        ArrayNode mentions = s.putArray("mentions");
        mentions.addObject().put("doc", g.doc()).put("text", g.event().path("evidence").asText(""));
        return s;
    }

    /** One system event per gold event, ids private to each article. */
    private static List<ObjectNode> perArticle() {
        List<ObjectNode> out = new ArrayList<>();
        for (GoldEvent g : goldEvents) {
            out.add(systemEvent(g, "s-" + g.doc() + "-" + g.index()));
        }
        return out;
    }

    /** One system event per gold key, with a mention in every article reporting it. */
    private static List<ObjectNode> grouped() {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        for (GoldEvent g : goldEvents) {
            ObjectNode s = byKey.get(g.key());
            if (s == null) {
                byKey.put(g.key(), systemEvent(g, "k-" + g.key()));
            } else {
                ((ArrayNode) s.get("mentions")).addObject().put("doc", g.doc())
                        .put("text", g.event().path("evidence").asText(""));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String shiftYear(String date, int by) {
        return Integer.parseInt(date.substring(0, 4)) + by + date.substring(4);
    }

    /** Dates made wrong, compatible, coarser, interval-shaped, absent. */
    private static void perturbDate(ObjectNode s, Random r) {
        JsonNode d = s.get("date");
        String date = d == null || d.isNull() ? null : d.asText();
        int pick = r.nextInt(8);
        if (date == null) {
            if (pick < 3) {
                s.put("date", "2023-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
            }
            return;
        }
        String first = date.split("/")[0];
        switch (pick) {
            case 0 -> s.put("date", shiftYear(date.replace("/", "/" ), -3));
            case 1 -> s.put("date", first.substring(0, Math.min(7, first.length())));
            case 2 -> s.put("date", first.substring(0, 4));
            case 3 -> {
                if (first.length() == 10) {
                    int day = Integer.parseInt(first.substring(8));
                    s.put("date", first + "/" + first.substring(0, 8) + String.format("%02d", Math.min(28, day + 1)));
                } else {
                    s.put("date", first + "-15");
                }
            }
            case 4 -> s.putNull("date");
            case 5 -> {
                if (first.length() == 10) {
                    int day = Integer.parseInt(first.substring(8));
                    s.put("date", first.substring(0, 8) + String.format("%02d", day < 28 ? day + 1 : day - 1));
                } else {
                    s.put("date", first + (first.length() == 4 ? "-06" : "-02"));
                }
            }
            case 6 -> s.put("date", first.substring(0, 4) + "/" + (Integer.parseInt(first.substring(0, 4)) + 1));
            default -> {
                // unchanged
            }
        }
    }

    private static void perturbPlace(ObjectNode s, Random r, List<String> places) {
        JsonNode p = s.get("place");
        switch (r.nextInt(6)) {
            case 0 -> s.putNull("place");
            case 1 -> s.put("place", places.get(r.nextInt(places.size())));
            case 2 -> {
                if (p != null && p.isTextual()) {
                    s.put("place", "  " + p.asText().toUpperCase(java.util.Locale.ROOT).replace(' ', '-') + " ");
                }
            }
            case 3 -> s.put("place", "Ville-Imaginaire");
            case 4 -> s.put("place", "");
            default -> {
                // unchanged
            }
        }
    }

    private static void perturbParticipants(ObjectNode s, Random r) {
        JsonNode ps = s.get("participants");
        if (ps == null || !ps.isArray()) {
            return;
        }
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode p : ps) {
            String name = p.asText();
            String[] parts = name.split(" ");
            switch (r.nextInt(6)) {
                case 0 -> {
                    // removed
                }
                case 1 -> out.addObject().put("name", name).put("role", "leader");
                case 2 -> out.add(parts[parts.length - 1]);
                case 3 -> out.add("M. " + parts[parts.length - 1].toUpperCase(java.util.Locale.ROOT));
                case 4 -> {
                    out.add(name);
                    out.add("Personne Inventée");
                }
                default -> out.add(name);
            }
        }
        s.set("participants", out);
    }

    private static void perturbCountries(ObjectNode s, Random r) {
        JsonNode cs = s.get("countries");
        if (cs == null || !cs.isArray() || cs.isEmpty()) {
            return;
        }
        ArrayNode out = JSON.createArrayNode();
        switch (r.nextInt(4)) {
            case 0 -> cs.forEach(c -> {
                if (out.isEmpty()) {
                    out.add(c);
                }
            });
            case 1 -> {
                out.addAll((ArrayNode) cs);
                out.add("FRA");
            }
            case 2 -> out.add("USA");
            default -> out.addAll((ArrayNode) cs);
        }
        s.set("countries", out);
    }

    /** Mention texts cut, padded or replaced so that the overlap rule is exercised on both sides. */
    private static void perturbMentions(ObjectNode s, Random r) {
        for (JsonNode m : s.get("mentions")) {
            String text = m.path("text").asText("");
            String[] words = text.split(" ");
            ObjectNode mo = (ObjectNode) m;
            switch (r.nextInt(6)) {
                case 0 -> mo.put("text", String.join(" ", List.of(words).subList(0, Math.max(1, words.length * (2 + r.nextInt(6)) / 10))));
                case 1 -> mo.put("text", text + " Par ailleurs, les ministres ont évoqué le climat, l'énergie et les transports.");
                case 2 -> mo.put("text", "Une phrase sans rapport avec l'événement annoncé.");
                case 3 -> mo.put("text", text.toUpperCase(java.util.Locale.ROOT).replace("'", "\u2019"));
                case 4 -> mo.remove("text");
                default -> {
                    // unchanged
                }
            }
        }
    }

    private static final List<String> TYPES = List.of("MEET", "VISIT", "CALL", "SIGN", "COMMIT", "SANCTION", "SUPPORT", "RELATION");
    private static final List<String> STATUSES = List.of("planned", "announced", "happened", "PLANNED");

    /** Statuses set, changed or removed, so that the planned/announced filter is exercised on both sides. */
    private static void perturbStatus(ObjectNode s, Random r) {
        switch (r.nextInt(4)) {
            case 0 -> s.remove("status");
            case 1 -> s.put("status", STATUSES.get(r.nextInt(STATUSES.size())));
            default -> {
                // unchanged: a gold planned event stays planned
            }
        }
    }

    private static ObjectNode spurious(Random r, int n) {
        GoldEvent g = goldEvents.get(r.nextInt(goldEvents.size()));
        ObjectNode s = systemEvent(g, "spurious-" + n);
        s.put("type", TYPES.get(r.nextInt(TYPES.size())));
        if (r.nextBoolean()) {
            s.remove("id");
        }
        if (r.nextInt(4) == 0) {
            ((ObjectNode) s.get("mentions").get(0)).put("doc", "999_article_sans_gold");
        }
        return s;
    }

    /** Random mix of every perturbation, with the given probability per event and kind. */
    private static List<ObjectNode> mixed(long seed, double p) {
        Random r = new Random(seed);
        List<ObjectNode> base = r.nextBoolean() ? grouped() : perArticle();
        List<String> places = new ArrayList<>(new TreeSet<>(goldEvents.stream()
                .map(g -> g.event().path("place").asText("")).filter(x -> !x.isEmpty()).toList()));
        places.add("Paris");
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode s : base) {
            if (r.nextDouble() < p / 2) {
                continue;
            }
            if (r.nextDouble() < p) {
                perturbDate(s, r);
            }
            if (r.nextDouble() < p) {
                perturbPlace(s, r, places);
            }
            if (r.nextDouble() < p) {
                perturbParticipants(s, r);
            }
            if (r.nextDouble() < p / 2) {
                perturbCountries(s, r);
            }
            if (r.nextDouble() < p) {
                perturbMentions(s, r);
            }
            if (r.nextDouble() < p / 2) {
                perturbStatus(s, r);
            }
            if (r.nextDouble() < p / 3 && !out.isEmpty()) {
                s.put("id", out.get(r.nextInt(out.size())).path("id").asText("x")); // mis-grouped
            }
            if (r.nextDouble() < p / 4) {
                s.remove("id");
            }
            out.add(s);
        }
        int extra = r.nextInt(1 + (int) (p * 10));
        for (int i = 0; i < extra; i++) {
            out.add(r.nextInt(out.size() + 1), spurious(r, i));
        }
        if (r.nextBoolean()) {
            java.util.Collections.shuffle(out, r);
        }
        return out;
    }

    /** Each kind of perturbation alone, then mixes. */
    private static Map<String, List<ObjectNode>> variants() {
        Map<String, List<ObjectNode>> v = new LinkedHashMap<>();
        v.put("per-article", perArticle());
        v.put("grouped", grouped());
        v.put("empty", List.of());
        BiFunction<Long, java.util.function.BiConsumer<ObjectNode, Random>, List<ObjectNode>> each = (seed, f) -> {
            Random r = new Random(seed);
            List<ObjectNode> out = grouped();
            out.forEach(s -> f.accept(s, r));
            return out;
        };
        v.put("dates", each.apply(1L, ScorerAgreementTest::perturbDate));
        v.put("places", each.apply(2L, (s, r) -> perturbPlace(s, r, List.of("Paris", "Londres"))));
        v.put("participants", each.apply(3L, ScorerAgreementTest::perturbParticipants));
        v.put("countries", each.apply(4L, ScorerAgreementTest::perturbCountries));
        v.put("mentions", each.apply(5L, ScorerAgreementTest::perturbMentions));
        v.put("statuses", each.apply(7L, ScorerAgreementTest::perturbStatus));
        List<ObjectNode> dropped = perArticle();
        for (int i = dropped.size() - 1; i >= 0; i -= 3) {
            dropped.remove(i);
        }
        v.put("dropped", dropped);
        List<ObjectNode> misgrouped = grouped();
        for (int i = 1; i < misgrouped.size(); i += 2) {
            misgrouped.get(i).put("id", misgrouped.get(i - 1).get("id").asText());
        }
        v.put("misgrouped", misgrouped);
        Random r = new Random(6);
        List<ObjectNode> spurious = perArticle();
        for (int i = 0; i < 12; i++) {
            spurious.add(spurious(r, i));
        }
        v.put("spurious", spurious);
        List<ObjectNode> duplicated = perArticle();
        duplicated.addAll(perArticle());
        v.put("duplicated", duplicated);
        for (long seed = 100; seed < 124; seed++) {
            v.put("mixed-" + seed, mixed(seed, 0.15 + (seed % 6) * 0.15));
        }
        return v;
    }

    private Path write(String name, List<ObjectNode> events) throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (ObjectNode e : events) {
            if (n++ % 5 == 2) {
                sb.append('\n'); // blank lines shift the line numbers used as default ids
            }
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        Path f = tmp.resolve(name + ".jsonl");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    // ---------------------------------------------------------------- comparisons

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "orangesum"})
    void everyNumberAndLineAgreesWithScorePy(String set) throws Exception {
        use(set);
        Scorer scorer = new Scorer();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, List<ObjectNode>> v : variants().entrySet()) {
            Path file = write(v.getKey(), v.getValue());
            ScoreReport report = scorer.score(goldDir, file);
            String pyJson = python(scorePy.toString(), goldDir.toString(), file.toString(), "--json");
            JsonNode expected = JSON.readTree(pyJson.substring(0, pyJson.lastIndexOf("event F1 =")));
            compare(v.getKey(), "", expected, report.toJson(), disagreements);
            String pyText = python(scorePy.toString(), goldDir.toString(), file.toString());
            if (!pyText.equals(report.format())) {
                disagreements.add(v.getKey() + ": text differs\n--- score.py\n" + pyText + "--- Java\n" + report.format());
            }
            Explanation x = new Explainer().explain(goldDir, file);
            if (x.missedCount() != report.overall().fn() || x.spuriousCount() != report.overall().fp()) {
                disagreements.add(v.getKey() + ": explainer lists " + x.missedCount() + " missed / "
                        + x.spuriousCount() + " unmatched, scorer counts fn " + report.overall().fn()
                        + " / fp " + report.overall().fp());
            }
            compared++;
        }
        assertTrue(compared >= 30);
        assertTrue(goldEvents.stream().anyMatch(g -> "planned".equals(g.event().path("status").asText()))
                || set.equals("seeds"), "the planned filter is not exercised");
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " disagreement(s):\n" + String.join("\n", disagreements));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "orangesum"})
    void listInputNumbersIdsByPosition(String set) throws Exception {
        use(set);
        List<ObjectNode> events = perArticle();
        events.forEach(e -> e.remove("id"));
        Path file = tmp.resolve("noids.jsonl");
        StringBuilder sb = new StringBuilder();
        for (ObjectNode e : events) {
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        Files.writeString(file, sb.toString());
        String pyJson = python(scorePy.toString(), goldDir.toString(), file.toString(), "--json");
        JsonNode expected = JSON.readTree(pyJson.substring(0, pyJson.lastIndexOf("event F1 =")));
        List<String> disagreements = new ArrayList<>();
        compare("list", "", expected, new Scorer().score(goldDir, new ArrayList<JsonNode>(events)).toJson(), disagreements);
        assertEquals(List.of(), disagreements);
    }

    private static void compare(String variant, String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.isIntegralNumber() != actual.isIntegralNumber()
                    || Math.abs(expected.doubleValue() - actual.doubleValue()) > TOLERANCE) {
                out.add(variant + path + ": score.py " + expected + ", Java " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> ek = new ArrayList<>();
            expected.fieldNames().forEachRemaining(ek::add);
            List<String> ak = new ArrayList<>();
            actual.fieldNames().forEachRemaining(ak::add);
            if (!ek.equals(ak)) {
                out.add(variant + path + ": keys " + ek + " vs " + ak);
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                compare(variant, path + "." + k, expected.get(k), actual.get(k), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(variant, path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(variant + path + ": score.py " + expected + ", Java " + actual);
        }
    }

    @Test
    void tablesAreThoseOfScorePy() throws Exception {
        String out = python("-c", "import sys, json; sys.path.insert(0, sys.argv[1]); import score; "
                + "print(json.dumps({'aliases': score.PLACE_ALIASES, 'statements': sorted(score.STATEMENT_TYPES)}))",
                scorePy.getParent().toString());
        JsonNode expected = JSON.readTree(out);
        ScoringRules rules = ScoringRules.standard();
        Map<String, String> aliases = new LinkedHashMap<>();
        expected.get("aliases").fields().forEachRemaining(e -> aliases.put(e.getKey(), e.getValue().asText()));
        assertEquals(aliases, rules.placeAliases());
        List<String> statements = new ArrayList<>();
        expected.get("statements").forEach(t -> statements.add(t.asText()));
        assertEquals(new TreeSet<>(statements), new TreeSet<>(rules.statementTypes()));
    }

    /**
     * fold, \w+ and whitespace agree with Python on every BMP character whose general category is
     * the same in both Unicode versions (the JDK and Python may ship different Unicode releases).
     */
    @Test
    void textPrimitivesAgreeWithPythonOnEveryBmpCharacter() throws Exception {
        String script = String.join("\n",
                "import sys, json, unicodedata",
                "sys.path.insert(0, sys.argv[1])",
                "import score",
                "out = []",
                "for c in range(0x10000):",
                "    if 0xD800 <= c < 0xE000: continue",
                "    ch = chr(c)",
                "    f = score.fold('a' + ch + 'b')",
                "    out.append([c, unicodedata.category(ch), f, score.WORD.findall(f), ch.isspace()])",
                "sys.stdout.write(json.dumps(out))");
        Path py = tmp.resolve("prims.py");
        Files.writeString(py, script);
        JsonNode rows = JSON.readTree(python(py.toString(), scorePy.getParent().toString()));
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (JsonNode row : rows) {
            int cp = row.get(0).asInt();
            if (!row.get(1).asText().equals(category(cp))) {
                continue;
            }
            checked++;
            String ch = Character.toString(cp);
            String f = PyText.fold("a" + ch + "b");
            List<String> words = new ArrayList<>();
            row.get(3).forEach(w -> words.add(w.asText()));
            if (!f.equals(row.get(2).asText()) || !PyText.words(f).equals(words)
                    || PyText.isSpace(cp) != row.get(4).asBoolean()) {
                bad.add(String.format("U+%04X", cp));
            }
        }
        assertTrue(checked > 50_000, "only " + checked + " characters comparable");
        assertEquals(List.of(), bad.subList(0, Math.min(40, bad.size())), bad.size() + " characters disagree");
    }

    private static final String[] CATEGORIES = new String[31];

    static {
        CATEGORIES[Character.UNASSIGNED] = "Cn";
        CATEGORIES[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORIES[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORIES[Character.TITLECASE_LETTER] = "Lt";
        CATEGORIES[Character.MODIFIER_LETTER] = "Lm";
        CATEGORIES[Character.OTHER_LETTER] = "Lo";
        CATEGORIES[Character.NON_SPACING_MARK] = "Mn";
        CATEGORIES[Character.ENCLOSING_MARK] = "Me";
        CATEGORIES[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORIES[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORIES[Character.LETTER_NUMBER] = "Nl";
        CATEGORIES[Character.OTHER_NUMBER] = "No";
        CATEGORIES[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORIES[Character.LINE_SEPARATOR] = "Zl";
        CATEGORIES[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORIES[Character.CONTROL] = "Cc";
        CATEGORIES[Character.FORMAT] = "Cf";
        CATEGORIES[Character.PRIVATE_USE] = "Co";
        CATEGORIES[Character.SURROGATE] = "Cs";
        CATEGORIES[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORIES[Character.START_PUNCTUATION] = "Ps";
        CATEGORIES[Character.END_PUNCTUATION] = "Pe";
        CATEGORIES[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORIES[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORIES[Character.MATH_SYMBOL] = "Sm";
        CATEGORIES[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORIES[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORIES[Character.OTHER_SYMBOL] = "So";
        CATEGORIES[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORIES[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    private static String category(int cp) {
        return CATEGORIES[Character.getType(cp)];
    }
}
