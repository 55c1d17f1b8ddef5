package org.entente.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Calendar arithmetic against the publication date.
 *
 * <p>Day-precise answers (weekdays, "hier", "il y a deux jours", weeks) need a day-precise
 * publication date: against a month-precise one (anchor = last day of the month) they could be
 * off by weeks, so they stay unresolved. Months and years only need an anchor.
 *
 * <p>A day or month without a year takes the year that fits the tense: PAST picks the latest
 * candidate on or before the anchor, FUTURE the earliest on or after it, PRESENT (no cue) the
 * candidate nearest the anchor, the anchor's own year on a tie.
 */
final class AnchorCalendar {
    private final LocalDate anchor;
    private final boolean dayPrecise;

    AnchorCalendar(PublicationDate publication) {
        this.anchor = publication == null ? null : publication.anchor();
        this.dayPrecise = publication != null && publication.granularity() == Granularity.DAY;
    }

    boolean hasAnchor() {
        return anchor != null;
    }

    boolean hasDay() {
        return anchor != null && dayPrecise;
    }

    LocalDate anchor() {
        return anchor;
    }

    Optional<LocalDate> dayWithoutYear(int month, int day, Tense tense) {
        if (anchor == null) {
            return Optional.empty();
        }
        LocalDate best = null;
        int y = anchor.getYear();
        for (int year : new int[]{y, y - 1, y + 1}) {
            LocalDate d = date(year, month, day).orElse(null);
            if (d == null) {
                continue;
            }
            if (best == null || better(d, best, tense)) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean better(LocalDate d, LocalDate best, Tense tense) {
        return switch (tense) {
            case PAST -> !d.isAfter(anchor) && (best.isAfter(anchor) || d.isAfter(best));
            case FUTURE -> !d.isBefore(anchor) && (best.isBefore(anchor) || d.isBefore(best));
            case PRESENT -> Math.abs(d.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay());
        };
    }

    Optional<YearMonth> monthWithoutYear(int month, Tense tense) {
        if (anchor == null) {
            return Optional.empty();
        }
        YearMonth a = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(a.getYear(), month);
        return Optional.of(switch (tense) {
            case PAST -> same.isAfter(a) ? same.minusYears(1) : same;
            case FUTURE -> same.isBefore(a) ? same.plusYears(1) : same;
            case PRESENT -> {
                long gap = a.until(same, java.time.temporal.ChronoUnit.MONTHS);
                yield gap > 6 ? same.minusYears(1) : gap < -6 ? same.plusYears(1) : same;
            }
        });
    }

    /** How many days ahead a bare weekday in the present tense may point. */
    private static final int PRESENT_AHEAD = 2;

    /**
     * The weekday meant by a news text. {@code direction} -1 ("mercredi dernier"): strictly
     * before the anchor; +1 ("mercredi prochain"): strictly after. 0 (bare or "ce mercredi"): on
     * or after the anchor in a future-tense context, the nearer of the two in a present-tense one
     * when it is at most {@value #PRESENT_AHEAD} days ahead, otherwise on or before it; the
     * publication day itself counts both ways, because wires write "mercredi" for the day they file on.
     */
    Optional<LocalDate> weekday(DayOfWeek day, int direction, Tense tense) {
        if (!hasDay()) {
            return Optional.empty();
        }
        if (direction < 0) {
            return Optional.of(anchor.with(TemporalAdjusters.previous(day)));
        }
        if (direction > 0) {
            return Optional.of(anchor.with(TemporalAdjusters.next(day)));
        }
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
        if (tense == Tense.PRESENT && after.toEpochDay() - anchor.toEpochDay() <= PRESENT_AHEAD
                && after.toEpochDay() - anchor.toEpochDay() < anchor.toEpochDay() - before.toEpochDay()) {
            // "Il repart en tournée, en s'envolant mardi", written on a Monday: a present tense
            // tells of the nearer day, here tomorrow; further ahead, the tense cue may have been
            // missed ("survenue lundi"), and the past reading stays.
            return Optional.of(after);
        }
        return Optional.of(tense == Tense.FUTURE ? after : before);
    }

    /** Anchor shifted by {@code amount} units, as an ISO value, or empty when too imprecise. */
    Optional<String> shifted(Unit unit, int amount) {
        if (anchor == null || ((unit == Unit.DAY || unit == Unit.WEEK) && !dayPrecise)) {
            return Optional.empty();
        }
        return Optional.of(switch (unit) {
            case DAY -> anchor.plusDays(amount).toString();
            case WEEK -> {
                LocalDate monday = anchor.plusWeeks(amount).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield monday + "/" + monday.plusDays(6);
            }
            case MONTH -> YearMonth.from(anchor).plusMonths(amount).toString();
            case YEAR -> String.valueOf(anchor.getYear() + amount);
        });
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
