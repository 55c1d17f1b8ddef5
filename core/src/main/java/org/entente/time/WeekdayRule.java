package org.entente.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Weekdays: "mercredi", "ce mercredi", "mercredi dernier", "mercredi prochain", resolved as in
 * {@link AnchorCalendar#weekday}. "chaque mercredi" and "tous les mercredis" are habits and are
 * skipped, as is a capitalised weekday inside a sentence (a name); a weekday followed by a day number is left to {@link DayDateRule}.
 */
final class WeekdayRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        int j = i;
        if (s.lex.weekdayDeterminers.contains(s.norm(j))) {
            j++;
        }
        Integer dow = s.lex.weekdays.get(s.norm(j));
        if (dow == null || s.phraseStartBefore(i, s.lex.weekdayBlockers) >= 0 || looksLikeName(s, j)) {
            return Optional.empty();
        }
        j++;
        int direction = 0;
        Integer dir = s.lex.weekdayDirections.get(s.norm(j));
        if (dir != null) {
            direction = dir;
            j++;
        }
        String value = s.cal.weekday(DayOfWeek.of(dow), direction, s.tenseAt(i))
                .map(LocalDate::toString).orElse(null);
        return Optional.of(Match.relative(i, j, value, Granularity.DAY));
    }

    /** French writes weekdays in lower case: a capital inside a sentence is a name ("Mardi Gras"). */
    private static boolean looksLikeName(Scan s, int i) {
        String text = s.tokens.get(i).text();
        if (i == 0 || !Character.isUpperCase(text.charAt(0)) || text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        String before = s.norm(i - 1);
        return before.isEmpty() || Character.isLetterOrDigit(before.charAt(0));
    }
}
