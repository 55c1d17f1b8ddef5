package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Java port of ../shared/eval/score.py that gives the same numbers: one-to-one greedy matching
 * per gold article, per-type and overall P/R/F1, date and place accuracy and participant P/R/F1 on
 * matched events, and B-cubed of the cross-article grouping.
 */
public final class Scorer {
    private final Aligner aligner;

    public Scorer() {
        this(ScoringRules.standard());
    }

    Scorer(ScoringRules rules) {
        this.aligner = new Aligner(rules);
    }

    /** Scores an events JSONL file (ids of events without one are numbered by file line). */
    public ScoreReport score(Path goldDir, Path eventsJsonl) {
        return score(GoldArticle.loadDir(goldDir), Jsonl.readEvents(eventsJsonl));
    }

    /** Scores parsed events; one without "id" is called "line&lt;n&gt;", n its 1-based position. */
    public ScoreReport score(Path goldDir, List<JsonNode> events) {
        return score(GoldArticle.loadDir(goldDir), events);
    }

    public ScoreReport score(Map<String, GoldArticle> gold, List<JsonNode> events) {
        Map<JsonNode, JsonNode> ids = Aligner.ids(events);
        Map<String, List<JsonNode>> byDoc = Aligner.byDoc(events);
        List<ArticleAlignment> alignments = aligner.align(gold, byDoc);

        Map<String, int[]> counts = new TreeMap<>(PyText::compare); // type -> tp, fp, fn
        Map<String, int[]> attr = new LinkedHashMap<>();             // attribute -> correct, total
        int partTp = 0;
        int partFp = 0;
        int partFn = 0;
        List<Link> links = new ArrayList<>();
        ScoringRules rules = aligner.rules();
        for (ArticleAlignment a : alignments) {
            Set<Integer> ms = new HashSet<>();
            Set<Integer> mg = new HashSet<>();
            for (ArticleAlignment.Pair pair : a.pairs()) {
                ms.add(pair.system());
                mg.add(pair.gold());
                JsonNode s = a.system().get(pair.system());
                JsonNode g = a.gold().get(pair.gold());
                counts.computeIfAbsent(goldType(g), k -> new int[3])[0]++;
                JsonNode key = PyJson.truthy(PyJson.get(g, "key")) ? g.get("key")
                        : TextNode.valueOf(a.doc() + "#" + pair.gold());
                links.add(new Link(a.doc(), key, ids.get(s)));
                if (PyJson.truthy(PyJson.get(g, "date"))) {
                    int[] c = attr.computeIfAbsent("date", k -> new int[2]);
                    c[1]++;
                    c[0] += DateSpan.correct(PyJson.get(s, "date"), PyJson.get(g, "date")) ? 1 : 0;
                }
                if (PyJson.truthy(PyJson.get(g, "place"))) {
                    int[] c = attr.computeIfAbsent("place", k -> new int[2]);
                    c[1]++;
                    c[0] += rules.placeCorrect(s, g) ? 1 : 0;
                }
                List<String> gn = ScoringRules.names(PyJson.get(g, "participants"));
                List<String> sn = ScoringRules.names(PyJson.get(s, "participants"));
                int hit = ScoringRules.participantHits(gn, sn);
                partTp += hit;
                partFn += gn.size() - hit;
                if (!gn.isEmpty()) {
                    partFp += (int) sn.stream().filter(y -> gn.stream().noneMatch(x -> ScoringRules.samePerson(x, y))).count();
                }
            }
            for (int si = 0; si < a.system().size(); si++) {
                if (!ms.contains(si)) {
                    counts.computeIfAbsent(systemType(a.system().get(si)), k -> new int[3])[1]++;
                }
            }
            for (int gi = 0; gi < a.gold().size(); gi++) {
                if (!mg.contains(gi)) {
                    counts.computeIfAbsent(goldType(a.gold().get(gi)), k -> new int[3])[2]++;
                }
            }
        }
        List<String> unscored = new ArrayList<>(byDoc.keySet());
        unscored.removeAll(gold.keySet());
        unscored.sort(Comparator.nullsFirst(PyText::compare));

        Map<String, TypeScore> types = new LinkedHashMap<>();
        int[] tot = new int[3];
        counts.forEach((t, c) -> {
            types.put(t, TypeScore.of(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                tot[i] += c[i];
            }
        });
        Map<String, Double> attributes = new LinkedHashMap<>();
        attr.forEach((k, c) -> attributes.put(k, c[1] == 0 ? null : (double) c[0] / c[1]));
        return new ScoreReport(types, TypeScore.of(tot[0], tot[1], tot[2]), attributes,
                Prf.of(partTp, partFp, partFn), bcubed(links), unscored);
    }

    /** B-cubed over matched (article, gold event) mentions; null unless some gold key spans two articles. */
    private static Prf bcubed(List<Link> links) {
        Map<JsonNode, Set<String>> keyDocs = new HashMap<>();
        links.forEach(l -> keyDocs.computeIfAbsent(l.key(), k -> new HashSet<>()).add(l.doc()));
        if (keyDocs.values().stream().noneMatch(d -> d.size() > 1)) {
            return null;
        }
        Map<JsonNode, Set<Link>> goldCluster = new HashMap<>();
        Map<JsonNode, Set<Link>> sysCluster = new HashMap<>();
        for (Link l : links) {
            goldCluster.computeIfAbsent(l.key(), k -> new HashSet<>()).add(l);
            sysCluster.computeIfAbsent(l.sid(), k -> new HashSet<>()).add(l);
        }
        double sp = 0;
        double sr = 0;
        for (Link l : links) {
            Set<Link> g = goldCluster.get(l.key());
            Set<Link> s = sysCluster.get(l.sid());
            int inter = (int) g.stream().filter(s::contains).count();
            sp += (double) inter / s.size();
            sr += (double) inter / g.size();
        }
        double bp = sp / links.size();
        double br = sr / links.size();
        return Prf.of(bp, br);
    }

    private static String goldType(JsonNode g) {
        return String.valueOf(PyJson.str(PyJson.get(g, "type")));
    }

    /** score.py's {@code s.get("type", "?")}: "?" only when the field is absent. */
    private static String systemType(JsonNode s) {
        if (!s.has("type")) {
            return "?";
        }
        return String.valueOf(PyJson.str(PyJson.get(s, "type")));
    }

    /** A matched mention: article, gold event key, system event id. */
    private record Link(String doc, JsonNode key, JsonNode sid) {
    }
}
