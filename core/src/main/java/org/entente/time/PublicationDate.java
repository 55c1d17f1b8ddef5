package org.entente.time;

import java.time.LocalDate;

/**
 * When an article was published, with where that came from.
 *
 * @param value       ISO day ("2022-06-08") or month ("2024-07")
 * @param anchor      the day relative expressions are resolved against: the day itself, or the
 *                    last day of the month for month precision
 * @param granularity DAY or MONTH
 * @param provenance  "metadata", "dateline", "url", "text" (the opening sentence)
 */
public record PublicationDate(String value, LocalDate anchor, Granularity granularity, String provenance) {
}
