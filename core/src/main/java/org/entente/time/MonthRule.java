package org.entente.time;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Month dates: "juillet 2024", "en juillet 2024", "en juillet", "début juillet 2024",
 * "fin mars", "mi-mai", "au mois d'août", "en juillet dernier". A month name alone is not
 * tagged: it needs a year, a cue word ({@code [month-cues]}) or "mois de" before it, which keeps
 * "mai" and "mars" in other senses out. A month without year is placed by the tense
 * ({@link AnchorCalendar#monthWithoutYear}); "dernier"/"prochain" after it act as past/future.
 */
final class MonthRule implements TimeRule {
    @Override
    public Optional<Match> match(Scan s, int i) {
        int j = i;
        boolean cued = false;
        if (s.lex.monthCues.contains(s.norm(j)) || s.lex.monthParts.contains(s.norm(j))) {
            cued = true;
            j++;
            if (s.norm(j).equals("-") && s.touching(j - 1)) {
                j++;
            }
            if (s.norm(j).equals("de") || s.norm(j).equals("d'")) {
                j++;
            }
        } else if (s.lex.monthOf.contains(s.norm(j)) && (s.norm(j + 1).equals("de") || s.norm(j + 1).equals("d'"))) {
            cued = true;
            j += 2;
        }
        int month = s.month(j);
        if (month == 0) {
            return Optional.empty();
        }
        j = s.afterMonth(j);
        int year = s.year(j);
        if (year > 0) {
            return Optional.of(Match.absolute(i, j + 1, YearMonth.of(year, month).toString(), Granularity.MONTH));
        }
        if (!cued) {
            return Optional.empty();
        }
        Tense tense = s.tenseAt(i);
        Integer direction = s.lex.weekdayDirections.get(s.norm(j));
        if (direction != null) {
            tense = direction < 0 ? Tense.PAST : Tense.FUTURE;
            j++;
        }
        String value = s.cal.monthWithoutYear(month, tense).map(YearMonth::toString).orElse(null);
        return Optional.of(Match.relative(i, j, value, Granularity.MONTH));
    }
}
