package org.entente.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of {@code boilerplate.rules}.
 *
 * @param action  what to do with a matching line
 * @param pattern matched against the whole trimmed line (LEAD: against its beginning)
 * @param lineNo  line in the rules file, so a surprising removal can be traced to its rule
 */
public record CleaningRule(Action action, Pattern pattern, int lineNo) {
    public enum Action {
        /** Remove the line. */
        DROP,
        /**
         * Remove the line and everything after it when it sits in the final part of the text
         * (comment forms, "related articles" boxes); elsewhere remove only the line.
         */
        CUT,
        /**
         * Remove a line that only carries a date and/or an agency; keep its text as a date hint
         * (when it holds a digit) and its agency as the article's source.
         */
        DATELINE,
        /**
         * Capture, without removing anything, a dateline that opens the first paragraph
         * ("PARIS, 5 mai (AFP) -"): the text is a sentence of the article and must stay verbatim.
         */
        LEAD
    }

    public CleaningRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pattern, "pattern");
    }
}
