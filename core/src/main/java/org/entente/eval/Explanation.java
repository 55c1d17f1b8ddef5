package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the score is what it is, article by article: gold events no system event matched (with the
 * evidence sentence and, for near candidates, the rule that kept them apart), system events that
 * matched nothing (with the sentences they cite), and matched events whose attributes are wrong.
 *
 * @param articles     one entry per gold article, in gold order
 * @param unscoredDocs articles cited by the output that have no gold, sorted
 */
public record Explanation(List<ArticleExplanation> articles, List<String> unscoredDocs) {
    public Explanation {
        articles = List.copyOf(articles);
        unscoredDocs = List.copyOf(unscoredDocs);
    }

    public int missedCount() {
        return articles.stream().mapToInt(a -> a.missed().size()).sum();
    }

    public int spuriousCount() {
        return articles.stream().mapToInt(a -> a.spurious().size()).sum();
    }

    /**
     * @param doc        article id
     * @param goldCount  gold events of the article
     * @param systemCount system events citing the article
     * @param missed     gold events left unmatched
     * @param spurious   system events left unmatched
     * @param mismatches matched pairs with a wrong date, place or participant list
     */
    public record ArticleExplanation(String doc, int goldCount, int systemCount, List<Missed> missed,
                                     List<Spurious> spurious, List<Mismatch> mismatches) {
        public ArticleExplanation {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
            mismatches = List.copyOf(mismatches);
        }

        public int matched() {
            return goldCount - missed.size();
        }
    }

    /**
     * @param gold       the gold event
     * @param evidence   its evidence sentence
     * @param nearMisses system events of the same type in the article, each with why it did not match
     */
    public record Missed(JsonNode gold, String evidence, List<String> nearMisses) {
        public Missed {
            nearMisses = List.copyOf(nearMisses);
        }
    }

    /**
     * @param system    the system event
     * @param id        its id ("line&lt;n&gt;" when it had none)
     * @param sentences the texts it cites in this article
     */
    public record Spurious(JsonNode system, String id, List<String> sentences) {
        public Spurious {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * @param gold     the gold event
     * @param systemId id of the system event matched to it
     * @param problems what differs, one readable phrase each
     */
    public record Mismatch(JsonNode gold, String systemId, List<String> problems) {
        public Mismatch {
            problems = List.copyOf(problems);
        }
    }

    /** Readable report; articles with nothing to report get their header line only. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (ArticleExplanation a : articles) {
            out.append("== ").append(a.doc()).append(": ").append(a.goldCount()).append(" gold, ")
                    .append(a.systemCount()).append(" system, ").append(a.matched()).append(" matched\n");
            if (!a.missed().isEmpty()) {
                out.append("  missed gold events:\n");
                for (Missed m : a.missed()) {
                    out.append("    - ").append(describe(m.gold()));
                    String key = PyJson.str(PyJson.get(m.gold(), "key"));
                    if (key != null) {
                        out.append("  [").append(key).append(']');
                    }
                    out.append("\n      evidence: \"").append(m.evidence()).append("\"\n");
                    m.nearMisses().forEach(n -> out.append("      near: ").append(n).append('\n'));
                }
            }
            if (!a.spurious().isEmpty()) {
                out.append("  system events without a gold match:\n");
                for (Spurious s : a.spurious()) {
                    out.append("    - ").append(s.id()).append(": ").append(describe(s.system())).append('\n');
                    s.sentences().forEach(t -> out.append("      cites: \"").append(t).append("\"\n"));
                }
            }
            if (!a.mismatches().isEmpty()) {
                out.append("  matched with wrong attributes:\n");
                for (Mismatch m : a.mismatches()) {
                    out.append("    - ").append(m.systemId()).append(" ~ ").append(describe(m.gold())).append(": ")
                            .append(String.join("; ", m.problems())).append('\n');
                }
            }
        }
        if (!unscoredDocs.isEmpty()) {
            out.append("not scored (no gold): ").append(String.join(", ",
                    unscoredDocs.stream().map(String::valueOf).toList())).append('\n');
        }
        out.append("missed ").append(missedCount()).append(", without match ").append(spuriousCount()).append('\n');
        return out.toString();
    }

    /** One line: type, date, place, participants, countries. */
    static String describe(JsonNode e) {
        StringBuilder sb = new StringBuilder(String.valueOf(PyJson.str(PyJson.get(e, "type"))));
        sb.append(' ').append(orDash(PyJson.str(PyJson.get(e, "date"))));
        sb.append(" @ ").append(orDash(PyJson.str(PyJson.get(e, "place"))));
        List<String> people = PyJson.iterate(PyJson.get(e, "participants")).stream()
                .map(p -> PyJson.text(p.isObject() ? PyJson.get(p, "name") : p)).toList();
        sb.append(" | ").append(people.isEmpty() ? "-" : String.join(", ", people));
        String countries = PyJson.iterate(PyJson.get(e, "countries")).stream().map(PyJson::text)
                .collect(Collectors.joining(" "));
        sb.append(" | ").append(countries.isEmpty() ? "-" : countries);
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
