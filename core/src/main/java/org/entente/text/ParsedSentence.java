package org.entente.text;

import java.util.ArrayList;
import java.util.List;

/** A sentence after part-of-speech tagging, named-entity recognition and dependency parsing. */
public record ParsedSentence(Sentence sentence, List<ParsedToken> tokens) {
    public ParsedSentence {
        tokens = List.copyOf(tokens);
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
