package org.entente.time;

import org.entente.text.Span;

/**
 * A French time expression found in a sentence and resolved to a calendar value.
 *
 * @param span        offsets into the article's cleaned text
 * @param text        the expression as written ("mercredi", "les 3 et 4 juillet")
 * @param value       ISO value: "2024-07-03", "2024-07", "2024", or "2024-07-03/2024-07-04"
 *                    for intervals; null when the expression could not be resolved (a weekday
 *                    in an article without publication date)
 * @param granularity precision of the value
 * @param relative    true when the value depends on the anchor (publication date)
 * @param origin      true when the value is the start of a stated duration or anniversary
 *                    ("32 ans après l'établissement des relations", "le 30e anniversaire de
 *                    ..."): it dates the founding event named inside the span, not the
 *                    sentence's main event
 */
public record TimeExpression(Span span, String text, String value, Granularity granularity, boolean relative,
                             boolean origin) {
    /** An ordinary (non-origin) expression: the shape this record had before {@code origin}. */
    public TimeExpression(Span span, String text, String value, Granularity granularity, boolean relative) {
        this(span, text, value, granularity, relative, false);
    }
}
