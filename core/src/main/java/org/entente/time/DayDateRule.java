package org.entente.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates with a day of month: "le 1er décembre 2024", "le mercredi 3 juillet", "3 juillet 2024",
 * and day intervals "les 3 et 4 juillet", "les 3, 4 et 5 juillet", "3-4 juillet",
 * "du 5 au 7 avril", "entre le 5 et le 7 avril", "du 30 juin au 2 juillet 2024".
 * Days before the last one borrow its month and year. A date without year takes it from the
 * publication date and the tense (see {@link AnchorCalendar}).
 */
final class DayDateRule implements TimeRule {
    private record Point(int day, int month, int year, int end) {
    }

    @Override
    public Optional<Match> match(Scan s, int i) {
        int j = i;
        String prefix = "";
        if (s.lex.dayPrefixes.contains(s.norm(j)) && s.day(j + 1) + s.day(j + 2) > 0) {
            prefix = s.norm(j);
            j++;
            if (!prefix.equals("le") && s.norm(j).equals("le")) {
                j++;
            }
        }
        boolean crossMonth = prefix.equals("du") || prefix.equals("entre");
        List<Point> points = new ArrayList<>();
        int pos = j;
        while (true) {
            Point p = point(s, pos);
            if (p == null) {
                break;
            }
            points.add(p);
            pos = p.end();
            if (p.month() > 0 && !crossMonth) {
                break;
            }
            int next = pos;
            if (!s.lex.dayJoiners.contains(s.norm(next))) {
                break;
            }
            if (p.month() > 0 && s.norm(next).equals(",")) {
                break;
            }
            next++;
            if (s.norm(next).equals("le")) {
                next++;
            }
            if (point(s, next) == null) {
                break;
            }
            pos = next;
        }
        while (!points.isEmpty() && points.get(points.size() - 1).month() == 0) {
            points.remove(points.size() - 1);
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return resolve(s, i, points);
    }

    private Optional<Match> resolve(Scan s, int from, List<Point> points) {
        Point last = points.get(points.size() - 1);
        int to = last.end();
        boolean relative = last.year() == 0;
        Tense tense = s.tenseAt(from);
        // "le 3 juillet dernier / prochain": the word fixes the direction whatever the verb.
        Integer direction = relative ? s.lex.weekdayDirections.get(s.norm(to)) : null;
        if (direction != null) {
            tense = direction < 0 ? Tense.PAST : Tense.FUTURE;
            to++;
        }
        LocalDate lastDate;
        if (relative) {
            if (!s.cal.hasAnchor()) {
                if (AnchorCalendar.date(2000, last.month(), last.day()).isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Match(from, to, null,
                        points.size() == 1 ? Granularity.DAY : Granularity.INTERVAL, true, false));
            }
            Optional<LocalDate> d = s.cal.dayWithoutYear(last.month(), last.day(), tense);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            lastDate = d.get();
        } else {
            Optional<LocalDate> d = AnchorCalendar.date(last.year(), last.month(), last.day());
            if (d.isEmpty()) {
                return Optional.empty();
            }
            lastDate = d.get();
        }
        if (points.size() == 1) {
            return Optional.of(new Match(from, to, lastDate.toString(), Granularity.DAY, relative, false));
        }
        Point first = points.get(0);
        int month = first.month() > 0 ? first.month() : lastDate.getMonthValue();
        int year = first.year() > 0 ? first.year() : lastDate.getYear() - (month > lastDate.getMonthValue() ? 1 : 0);
        Optional<LocalDate> start = AnchorCalendar.date(year, month, first.day());
        if (start.isEmpty() || start.get().isAfter(lastDate)) {
            return Optional.empty();
        }
        return Optional.of(new Match(from, to, start.get() + "/" + lastDate, Granularity.INTERVAL, relative, false));
    }

    /** "[weekday] day [month [year]]" at i, or null. */
    private static Point point(Scan s, int i) {
        int j = i;
        if (s.lex.weekdays.containsKey(s.norm(j))) {
            j++;
        }
        int day = s.day(j);
        if (day == 0) {
            return null;
        }
        j++;
        int month = s.month(j);
        if (month == 0) {
            return new Point(day, 0, 0, j);
        }
        j = s.afterMonth(j);
        int year = s.year(j);
        return new Point(day, month, year, year > 0 ? j + 1 : j);
    }
}
