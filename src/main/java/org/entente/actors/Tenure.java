package org.entente.actors;

import java.time.LocalDate;

/**
 * A person in an office from one day to another.
 *
 * @param end null while in office
 */
public record Tenure(String personId, String country, Role role, LocalDate start, LocalDate end, String source) {
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }
}
