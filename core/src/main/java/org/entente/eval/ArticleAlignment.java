package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The one-to-one matching of one gold article: its gold events, the system events citing it
 * (in input order) and the matched pairs, in the order score.py made them.
 *
 * @param doc    article id
 * @param gold   gold events of the article
 * @param system system events with at least one mention in the article
 * @param pairs  matched (system index, gold index) pairs
 */
public record ArticleAlignment(String doc, List<JsonNode> gold, List<JsonNode> system, List<Pair> pairs) {
    public ArticleAlignment {
        gold = List.copyOf(gold);
        system = List.copyOf(system);
        pairs = List.copyOf(pairs);
    }

    /** A matched pair of indexes into {@link #system()} and {@link #gold()}. */
    public record Pair(int system, int gold) {
    }
}
