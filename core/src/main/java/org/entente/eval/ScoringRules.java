package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The per-event judgements of score.py: place and name normalisation, sentence overlap,
 * compatibility of a system event with a gold event, and the score that ranks compatible candidates.
 */
final class ScoringRules {
    static final double OVERLAP_THRESHOLD = 0.6;
    /** Below this many distinct words the containment measure is not trusted (score.py's ">= 6"). */
    static final int MIN_CONTAINMENT_WORDS = 6;

    private final Map<String, String> placeAliases;
    private final Set<String> statementTypes;

    ScoringRules(Map<String, String> placeAliases, Set<String> statementTypes) {
        this.placeAliases = Map.copyOf(placeAliases);
        this.statementTypes = Set.copyOf(statementTypes);
    }

    /** The rules with the tables of score.py, read from this package's resources. */
    static ScoringRules standard() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String line : lines("place-aliases.tsv")) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException("place-aliases.tsv: expected variant<TAB>canonical: " + line);
            }
            aliases.put(kv[0], kv[1]);
        }
        return new ScoringRules(aliases, new LinkedHashSet<>(lines("statement-types.txt")));
    }

    Map<String, String> placeAliases() {
        return placeAliases;
    }

    Set<String> statementTypes() {
        return statementTypes;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ScoringRules.class.getResourceAsStream(resource), resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** score.py {@code norm_place}; null when no place is given. What follows a comma goes ("Washington, D.C."). */
    String normPlace(JsonNode place) {
        if (!PyJson.truthy(place)) {
            return null;
        }
        String p = PyJson.str(place);
        int comma = p.indexOf(',');
        String f = PyText.fold(comma < 0 ? p : p.substring(0, comma));
        return placeAliases.getOrDefault(f.replace(" ", "-"), placeAliases.getOrDefault(f, f)).replace("'", "");
    }

    /** score.py {@code names}: folded participant names, strings or objects with "name", empties dropped. */
    static List<String> names(JsonNode participants) {
        List<String> out = new ArrayList<>();
        if (!PyJson.truthy(participants)) {
            return out;
        }
        for (JsonNode p : PyJson.iterate(participants)) {
            String n = PyText.fold(PyJson.text(p.isObject() ? PyJson.get(p, "name") : p));
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** score.py {@code same_person}: equal folded names, or the same last word of more than two letters. */
    static boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> ta = PyText.split(a);
        List<String> tb = PyText.split(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        String last = ta.get(ta.size() - 1);
        return last.equals(tb.get(tb.size() - 1)) && PyText.length(last) > 2;
    }

    /** How many gold names one of the system names denotes (score.py counts gold names, not pairs). */
    static int participantHits(List<String> gold, List<String> system) {
        int hits = 0;
        for (String g : gold) {
            if (system.stream().anyMatch(s -> samePerson(g, s))) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * score.py {@code overlap}: the larger of the Jaccard index of the two word sets and, when the
     * smaller set has at least six words, the share of the smaller set found in the other.
     */
    static double overlap(String a, String b) {
        Set<String> ta = new HashSet<>(PyText.words(PyText.fold(a)));
        Set<String> tb = new HashSet<>(PyText.words(PyText.fold(b)));
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        int inter = ta.size() + tb.size() - union.size();
        int min = Math.min(ta.size(), tb.size());
        double contained = min >= MIN_CONTAINMENT_WORDS ? (double) inter / min : 0.0;
        return Math.max((double) inter / union.size(), contained);
    }

    /** The texts of the event's mentions that cite the given article. */
    static List<String> mentionTexts(JsonNode event, String doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : mentions(event)) {
            if (doc != null && doc.equals(docOf(m))) {
                out.add(PyJson.text(PyJson.get(m, "text")));
            }
        }
        return out;
    }

    static List<JsonNode> mentions(JsonNode event) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : PyJson.iterate(PyJson.get(event, "mentions"))) {
            if (m.isObject()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The article a mention cites; null when it names none (or names it by a non-string). */
    static String docOf(JsonNode mention) {
        JsonNode d = PyJson.get(mention, "doc");
        return d != null && d.isTextual() ? d.textValue() : null;
    }

    /** Whether one of the event's sentences in this article overlaps the gold evidence enough. */
    static boolean citesEvidence(JsonNode system, JsonNode gold, String doc) {
        String evidence = PyJson.text(PyJson.get(gold, "evidence"));
        return mentionTexts(system, doc).stream().anyMatch(t -> overlap(t, evidence) >= OVERLAP_THRESHOLD);
    }

    boolean isStatement(JsonNode gold) {
        JsonNode t = PyJson.get(gold, "type");
        return t != null && t.isTextual() && statementTypes.contains(t.textValue());
    }

    /** The first score.py compatibility rule the pair breaks, or null when the system event may match. */
    Incompatibility incompatibility(JsonNode system, JsonNode gold, String doc) {
        if (!Objects.equals(PyJson.get(system, "type"), PyJson.get(gold, "type"))) {
            return Incompatibility.TYPE;
        }
        Set<JsonNode> gc = PyJson.set(PyJson.get(gold, "countries"));
        Set<JsonNode> sc = PyJson.set(PyJson.get(system, "countries"));
        if (!gc.isEmpty()) {
            long shared = gc.stream().filter(sc::contains).count();
            if (shared < Math.min(2, gc.size())) {
                return Incompatibility.COUNTRIES;
            }
        }
        if (!DateSpan.compatible(PyJson.get(system, "date"), PyJson.get(gold, "date"))) {
            return Incompatibility.DATE;
        }
        if (isStatement(gold) && !citesEvidence(system, gold, doc)) {
            return Incompatibility.EVIDENCE;
        }
        return null;
    }

    boolean compatible(JsonNode system, JsonNode gold, String doc) {
        return incompatibility(system, gold, doc) == null;
    }

    /** score.py's ranking of compatible candidates: evidence 3, date 2, place 1, one per participant. */
    int matchScore(JsonNode system, JsonNode gold, String doc) {
        int score = citesEvidence(system, gold, doc) ? 3 : 0;
        score += DateSpan.correct(PyJson.get(system, "date"), PyJson.get(gold, "date")) ? 2 : 0;
        score += placeCorrect(system, gold) ? 1 : 0;
        score += participantHits(names(PyJson.get(gold, "participants")), names(PyJson.get(system, "participants")));
        return score;
    }

    /** Equal normalised places; two absent places count as equal, as in score.py. */
    boolean placeCorrect(JsonNode system, JsonNode gold) {
        return Objects.equals(normPlace(PyJson.get(system, "place")), normPlace(PyJson.get(gold, "place")));
    }

    /** Why a system event cannot match a gold event, in score.py's order of checks. */
    enum Incompatibility {
        TYPE("different type"),
        COUNTRIES("gold countries not shared"),
        DATE("dates do not overlap"),
        EVIDENCE("no cited sentence overlaps the gold evidence");

        private final String reason;

        Incompatibility(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
