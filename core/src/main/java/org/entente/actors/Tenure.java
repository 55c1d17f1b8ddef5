package org.entente.actors;

import java.time.LocalDate;

/**
 * One person holding one office of one state over a period.
 *
 * @param personId id of the person actor
 * @param role     the office
 * @param country  ISO alpha-3 of the state
 * @param start    first day in office, or null when unknown
 * @param end      day the office passed to someone else (exclusive), or null while open
 * @param source   where the fact comes from
 */
public record Tenure(String personId, Role role, String country, LocalDate start, LocalDate end, String source) {
    public boolean holdsAt(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
    }

    Tenure withEnd(LocalDate newEnd) {
        return new Tenure(personId, role, country, start, newEnd, source);
    }
}
