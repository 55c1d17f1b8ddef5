package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lists what the scorer counted against the output, using the very matching the {@link Scorer}
 * uses, so that every missed or unmatched event in the explanation is one the score counts.
 */
public final class Explainer {
    /** Enough near candidates to see the pattern without flooding the report. */
    private static final int MAX_NEAR_MISSES = 3;

    private final Aligner aligner;

    public Explainer() {
        this(ScoringRules.standard());
    }

    Explainer(ScoringRules rules) {
        this.aligner = new Aligner(rules);
    }

    public Explanation explain(Path goldDir, Path eventsJsonl) {
        return explain(GoldArticle.loadDir(goldDir), Jsonl.readEvents(eventsJsonl));
    }

    public Explanation explain(Path goldDir, List<JsonNode> events) {
        return explain(GoldArticle.loadDir(goldDir), events);
    }

    public Explanation explain(Map<String, GoldArticle> gold, List<JsonNode> events) {
        Map<JsonNode, JsonNode> ids = Aligner.ids(events);
        Map<String, List<JsonNode>> byDoc = Aligner.byDoc(events);
        List<Explanation.ArticleExplanation> articles = new ArrayList<>();
        for (ArticleAlignment a : aligner.align(gold, byDoc)) {
            articles.add(explain(a, ids));
        }
        List<String> unscored = new ArrayList<>(byDoc.keySet());
        unscored.removeAll(gold.keySet());
        unscored.sort(Comparator.nullsFirst(PyText::compare));
        return new Explanation(articles, unscored);
    }

    private Explanation.ArticleExplanation explain(ArticleAlignment a, Map<JsonNode, JsonNode> ids) {
        ScoringRules rules = aligner.rules();
        Set<Integer> ms = new HashSet<>();
        Set<Integer> mg = new HashSet<>();
        List<Explanation.Mismatch> mismatches = new ArrayList<>();
        for (ArticleAlignment.Pair p : a.pairs()) {
            ms.add(p.system());
            mg.add(p.gold());
            JsonNode s = a.system().get(p.system());
            JsonNode g = a.gold().get(p.gold());
            List<String> problems = problems(rules, s, g);
            if (!problems.isEmpty()) {
                mismatches.add(new Explanation.Mismatch(g, idOf(s, ids), problems));
            }
        }
        List<Explanation.Missed> missed = new ArrayList<>();
        for (int gi = 0; gi < a.gold().size(); gi++) {
            if (mg.contains(gi)) {
                continue;
            }
            JsonNode g = a.gold().get(gi);
            List<String> near = new ArrayList<>();
            for (int si = 0; si < a.system().size() && near.size() < MAX_NEAR_MISSES; si++) {
                JsonNode s = a.system().get(si);
                if (!Objects.equals(PyJson.get(s, "type"), PyJson.get(g, "type"))) {
                    continue;
                }
                ScoringRules.Incompatibility why = rules.incompatibility(s, g, a.doc());
                near.add(idOf(s, ids) + ": " + (why == null ? "matched to another gold event" : why.reason()));
            }
            missed.add(new Explanation.Missed(g, PyJson.text(PyJson.get(g, "evidence")), near));
        }
        List<Explanation.Spurious> spurious = new ArrayList<>();
        for (int si = 0; si < a.system().size(); si++) {
            if (!ms.contains(si)) {
                JsonNode s = a.system().get(si);
                spurious.add(new Explanation.Spurious(s, idOf(s, ids), ScoringRules.mentionTexts(s, a.doc())));
            }
        }
        return new Explanation.ArticleExplanation(a.doc(), a.gold().size(), a.system().size(), missed, spurious,
                mismatches);
    }

    /** The attribute errors the scorer counts on a matched pair. */
    private static List<String> problems(ScoringRules rules, JsonNode s, JsonNode g) {
        List<String> problems = new ArrayList<>();
        JsonNode gd = PyJson.get(g, "date");
        if (PyJson.truthy(gd) && !DateSpan.correct(PyJson.get(s, "date"), gd)) {
            problems.add("date " + PyJson.str(PyJson.get(s, "date")) + " (gold " + PyJson.str(gd) + ")");
        }
        JsonNode gp = PyJson.get(g, "place");
        if (PyJson.truthy(gp) && !rules.placeCorrect(s, g)) {
            problems.add("place " + PyJson.str(PyJson.get(s, "place")) + " (gold " + PyJson.str(gp) + ")");
        }
        List<String> gn = ScoringRules.names(PyJson.get(g, "participants"));
        List<String> sn = ScoringRules.names(PyJson.get(s, "participants"));
        List<String> missing = gn.stream().filter(x -> sn.stream().noneMatch(y -> ScoringRules.samePerson(x, y))).toList();
        if (!missing.isEmpty()) {
            problems.add("participants missing: " + String.join(", ", missing));
        }
        if (!gn.isEmpty()) {
            List<String> extra = sn.stream().filter(y -> gn.stream().noneMatch(x -> ScoringRules.samePerson(x, y))).toList();
            if (!extra.isEmpty()) {
                problems.add("participants not in gold: " + String.join(", ", extra));
            }
        }
        return problems;
    }

    private static String idOf(JsonNode s, Map<JsonNode, JsonNode> ids) {
        return String.valueOf(PyJson.str(ids.get(s)));
    }
}
