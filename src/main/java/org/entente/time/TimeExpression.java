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
 */
public record TimeExpression(Span span, String text, String value, Granularity granularity, boolean relative) {
}
