package org.entente.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What score.py reports for one run.
 *
 * @param types          per event type (sorted by type name), only types seen in gold or output
 * @param overall        all types together
 * @param attributes     "date" and/or "place" accuracy on matched events, in score.py's order; a key is
 *                       absent when no matched gold event carries that attribute
 * @param participants   participant P/R/F1 on matched events
 * @param groupingBcubed cross-article grouping B-cubed, or null when no gold key spans two articles
 * @param unscoredDocs   cited articles without gold, sorted (null stands for mentions without a doc)
 */
public record ScoreReport(Map<String, TypeScore> types, TypeScore overall, Map<String, Double> attributes,
                          Prf participants, Prf groupingBcubed, List<String> unscoredDocs) {
    public ScoreReport {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        unscoredDocs = Collections.unmodifiableList(new java.util.ArrayList<>(unscoredDocs));
    }

    /** Date accuracy on matched events, null when none of them has a gold date. */
    public Double dateAccuracy() {
        return attributes.get("date");
    }

    /** Place accuracy on matched events, null when none of them has a gold place. */
    public Double placeAccuracy() {
        return attributes.get("place");
    }

    public double eventF1() {
        return overall.f1();
    }

    /** The text score.py prints without --json, line for line, ending with "event F1 = X". */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(padRight("type", 10)).append(' ').append(padLeft("tp", 4)).append(' ').append(padLeft("fp", 4))
                .append(' ').append(padLeft("fn", 4)).append(' ').append(padLeft("P", 6)).append(' ')
                .append(padLeft("R", 6)).append(' ').append(padLeft("F1", 6)).append('\n');
        types.forEach((t, v) -> row(out, t, v));
        row(out, "ALL", overall);
        attributes.forEach((k, v) -> out.append(v == null ? k + ": no gold"
                : k + " accuracy on matched events: " + f3(v)).append('\n'));
        out.append("participants on matched events: ").append(prf(participants)).append('\n');
        if (groupingBcubed != null) {
            out.append("cross-article grouping (B-cubed): ").append(prf(groupingBcubed)).append('\n');
        }
        if (!unscoredDocs.isEmpty()) {
            out.append("events from ").append(unscoredDocs.size()).append(" article(s) without gold were not scored\n");
        }
        out.append("event F1 = ").append(f3(overall.f1())).append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String type, TypeScore v) {
        out.append(padRight(type, 10)).append(' ').append(padLeft(Integer.toString(v.tp()), 4)).append(' ')
                .append(padLeft(Integer.toString(v.fp()), 4)).append(' ').append(padLeft(Integer.toString(v.fn()), 4))
                .append(' ').append(padLeft(f3(v.p()), 6)).append(' ').append(padLeft(f3(v.r()), 6)).append(' ')
                .append(padLeft(f3(v.f1()), 6)).append('\n');
    }

    private static String prf(Prf v) {
        return "P " + f3(v.p()) + " R " + f3(v.r()) + " F1 " + f3(v.f1());
    }

    /** Python's "{:.3f}": the exact binary value rounded half-even, never locale-dependent. */
    static String f3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - PyText.length(s))) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - PyText.length(s)));
    }

    /** The object score.py --json prints, with the same keys in the same order. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode t = root.putObject("types");
        types.forEach((k, v) -> t.set(k, json(v)));
        root.set("overall", json(overall));
        ObjectNode a = root.putObject("attributes");
        attributes.forEach((k, v) -> {
            if (v == null) {
                a.putNull(k);
            } else {
                a.put(k, v);
            }
        });
        root.set("participants", json(participants));
        if (groupingBcubed != null) {
            root.set("grouping_bcubed", json(groupingBcubed));
        }
        if (!unscoredDocs.isEmpty()) {
            var docs = root.putArray("unscored_docs");
            unscoredDocs.forEach(docs::add);
        }
        return root;
    }

    private static ObjectNode json(TypeScore v) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("tp", v.tp()).put("fp", v.fp()).put("fn", v.fn()).put("p", v.p()).put("r", v.r()).put("f1", v.f1());
        return o;
    }

    private static ObjectNode json(Prf v) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("p", v.p()).put("r", v.r()).put("f1", v.f1());
        return o;
    }
}
