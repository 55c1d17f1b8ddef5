package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** score.py's greedy matching, shared by the scorer and the explainer so both see the same pairs. */
final class Aligner {
    /** Engine statuses score.py leaves out. */
    private static final Set<String> NOT_HAPPENED = Set.of("planned", "announced");

    private final ScoringRules rules;

    Aligner(ScoringRules rules) {
        this.rules = rules;
    }

    ScoringRules rules() {
        return rules;
    }

    /** Each event's id (by identity): its "id" field, else "line&lt;n&gt;" with n its 1-based position. */
    static Map<JsonNode, JsonNode> ids(List<JsonNode> events) {
        Map<JsonNode, JsonNode> ids = new IdentityHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            ids.put(e, e.has("id") ? e.get("id") : TextNode.valueOf("line" + (i + 1)));
        }
        return ids;
    }

    /**
     * The system events per cited article, each event once per article, in input order. Events
     * that had not taken place (status planned or announced) are left out, as score.py does: the
     * figures are about what happened.
     */
    static Map<String, List<JsonNode>> byDoc(List<JsonNode> events) {
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (JsonNode e : events) {
            if (notYetHappened(e)) {
                continue;
            }
            Set<String> docs = new LinkedHashSet<>();
            ScoringRules.mentions(e).forEach(m -> docs.add(ScoringRules.docOf(m)));
            for (String d : docs) {
                byDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
            }
        }
        return byDoc;
    }

    private static boolean notYetHappened(JsonNode e) {
        JsonNode status = PyJson.get(e, "status");
        return status != null && status.isTextual() && NOT_HAPPENED.contains(status.textValue());
    }

    /** One alignment per gold article, in gold order. */
    List<ArticleAlignment> align(Map<String, GoldArticle> gold, Map<String, List<JsonNode>> byDoc) {
        List<ArticleAlignment> out = new ArrayList<>();
        for (GoldArticle g : gold.values()) {
            List<JsonNode> se = byDoc.getOrDefault(g.article(), List.of());
            out.add(new ArticleAlignment(g.article(), g.events(), se, match(se, g.events(), g.article())));
        }
        return out;
    }

    /**
     * Greedy one-to-one matching: gold events with the longest date string first (ties in gold
     * order), each taking the first compatible free system event with the highest score.
     */
    List<ArticleAlignment.Pair> match(List<JsonNode> system, List<JsonNode> gold, String doc) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> -dateLength(gold.get(i))));
        Set<Integer> used = new HashSet<>();
        List<ArticleAlignment.Pair> pairs = new ArrayList<>();
        for (int gi : order) {
            JsonNode g = gold.get(gi);
            int best = -1;
            int bestScore = -1;
            for (int si = 0; si < system.size(); si++) {
                if (used.contains(si) || !rules.compatible(system.get(si), g, doc)) {
                    continue;
                }
                int score = rules.matchScore(system.get(si), g, doc);
                if (score > bestScore) {
                    best = si;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                used.add(best);
                pairs.add(new ArticleAlignment.Pair(best, gi));
            }
        }
        return pairs;
    }

    private static int dateLength(JsonNode g) {
        JsonNode d = PyJson.get(g, "date");
        return DateSpan.of(d) == null ? 0 : PyText.length(PyJson.str(d));
    }
}
