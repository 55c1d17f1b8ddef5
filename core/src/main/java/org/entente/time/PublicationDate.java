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
    static PublicationDate day(LocalDate d, String provenance) {
        return new PublicationDate(d.toString(), d, Granularity.DAY, provenance);
    }

    static PublicationDate month(java.time.YearMonth m, String provenance) {
        return new PublicationDate(m.toString(), m.atEndOfMonth(), Granularity.MONTH, provenance);
    }

    /**
     * A year as an anchor, for spans counted in years only ("quatre ans plus tôt"); not from
     * {@link #of}, since a day or month rule would read its anchor day as a real one.
     */
    static PublicationDate year(int year, String provenance) {
        return new PublicationDate(String.valueOf(year), LocalDate.of(year, 1, 1), Granularity.YEAR, provenance);
    }

    /** A resolved day or month ("2024-07-03", "2024-07") as an anchor; empty for a year, an interval or a bad value. */
    static java.util.Optional<PublicationDate> of(String value, Granularity granularity, String provenance) {
        try {
            return switch (granularity) {
                case DAY -> java.util.Optional.of(day(LocalDate.parse(value), provenance));
                case MONTH -> java.util.Optional.of(month(java.time.YearMonth.parse(value), provenance));
                default -> java.util.Optional.empty();
            };
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
