package org.entente.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who held which office when, as one article needs it: the office holders a role phrase stands
 * for at the article's date, and the office a person held then.
 */
final class Offices {
    /** The offices whose holders the base follows over time, and which role phrases resolve to a person. */
    static final Set<Role> TRACKED = Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER);

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private final ActorBase base;
    private final LocalDate date;

    /** @param date the article's date, or null when it has none */
    Offices(ActorBase base, LocalDate date) {
        this.base = base;
        this.date = date;
    }

    /** In an undated article, the middle of the first year the sentence states, else null. */
    LocalDate sentenceYear(String sentence) {
        if (date != null) {
            return null;
        }
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1900 && y <= 2100) {
                return LocalDate.of(y, 7, 1);
            }
        }
        return null;
    }

    /**
     * Who held the office at the article's date; in an article without any date, at the year
     * its sentence states ("le président chinois, en 2011"), and otherwise nobody: today's
     * holder is not the one an undated report speaks of.
     */
    List<Actor> holders(Role role, String iso, LocalDate sentenceYear) {
        if (role == null || iso == null) {
            return List.of();
        }
        if (date == null) {
            return sentenceYear == null ? List.of() : base.holders(role, iso, sentenceYear);
        }
        return base.holders(role, iso, date);
    }

    /** The office the person held at the article's date, else the one the article gave them. */
    Role roleOf(Actor person, Role observed) {
        return base.officeAt(person.id(), date).map(Tenure::role).orElse(observed);
    }

    /** The state the person acts for at the article's date (see {@link ActorBase#countryAt}). */
    String countryAt(Actor person, String fallback) {
        return base.countryAt(person, date, fallback);
    }

    /**
     * Whether the person held a tracked office at the article's date (the current one in an
     * undated article), that office if {@code role} is a tracked one.
     */
    boolean holdsTracked(Actor person, Role role) {
        return base.tenures(person.id()).stream().anyMatch(t -> TRACKED.contains(t.role())
                && (role == null || !TRACKED.contains(role) || t.role() == role)
                && (date == null ? t.end() == null : t.holdsAt(date)));
    }
}
