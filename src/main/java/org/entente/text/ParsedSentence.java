package org.entente.text;

import java.util.ArrayList;
import java.util.List;

/** A sentence after part-of-speech tagging, named-entity recognition and dependency parsing. */
public record ParsedSentence(Sentence sentence, List<ParsedToken> tokens) {
    public ParsedSentence {
        tokens = List.copyOf(tokens);
    }

    /** Indices of the tokens whose head is {@code head}. */
    public List<Integer> dependents(int head) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).head() == head) {
                out.add(i);
            }
        }
        return out;
    }

    /** Index of the first parsed token overlapping the span, or -1. */
    public int indexAt(Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Named-entity spans of the given class ("PER", "LOC", "ORG", "MISC"), merged over adjacent
     * tokens. The French model writes classes with an IOB prefix ("I-PER"), which is ignored.
     */
    public List<Span> entities(String type) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (ParsedToken t : tokens) {
            if (t.ner().equals(type) || t.ner().endsWith("-" + type)) {
                if (start < 0) {
                    start = t.span().start();
                }
                end = Math.max(end, t.span().end());
            } else if (start >= 0) {
                out.add(new Span(start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end));
        }
        return out;
    }
}
