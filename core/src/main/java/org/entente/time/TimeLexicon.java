package org.entente.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The French words the time stage knows, read from {@code calendar.txt}, {@code numbers.txt} and
 * {@code relative.txt} in this package. Immutable; load once and share between taggers.
 */
public final class TimeLexicon {
    /** A relative phrase ("l'an dernier") and what it means: a unit and an offset from the anchor. */
    record Phrase(List<String> tokens, Unit unit, int offset) {
    }

    /** A unit word of a stated offset: "semaine" is 7 days. */
    record Step(Unit unit, int amount) {
    }

    final Map<String, Integer> months;
    final Set<String> monthAbbreviations;
    final Map<String, Integer> weekdays;
    final Set<String> monthCues;
    final Set<String> monthOf;
    final Set<String> monthParts;
    final List<List<String>> yearCues;
    final Map<String, String> yearRange;
    final Set<String> yearQuantityBefore;
    final Set<String> yearPluralFollowers;
    final Set<String> dayPrefixes;
    final Set<String> dayJoiners;

    final Map<String, Integer> cardinals;
    final Map<String, Integer> ordinals;
    final Map<String, String> ordinalStems;
    final Set<String> ordinalSuffixes;

    final List<Phrase> phrases;
    final Set<String> articles;
    final List<List<String>> anaphoricTails;
    final Map<String, Integer> weekdayDirections;
    final Set<String> weekdayDeterminers;
    final List<List<String>> weekdayBlockers;
    final List<List<String>> ago;
    final List<List<String>> ahead;
    final Map<String, Step> units;
    final Set<String> anniversary;
    final Set<String> durationAfter;
    final Set<String> originTailStops;
    final List<List<String>> countedEarlier;
    final List<List<String>> countedLater;

    private TimeLexicon(WordLists calendar, WordLists numbers, WordLists relative) {
        months = calendar.ints("months");
        monthAbbreviations = abbreviations(months);
        weekdays = calendar.ints("weekdays");
        monthCues = calendar.set("month-cues");
        monthOf = calendar.set("month-of");
        monthParts = calendar.set("month-parts");
        yearCues = calendar.phrases("year-cues");
        yearRange = calendar.map("year-range");
        yearQuantityBefore = calendar.set("year-quantity-before");
        yearPluralFollowers = calendar.set("year-plural-followers");
        dayPrefixes = calendar.set("day-prefixes");
        dayJoiners = calendar.set("day-joiners");

        cardinals = numbers.ints("cardinals");
        ordinals = numbers.ints("ordinals");
        ordinalStems = numbers.map("ordinal-stems");
        ordinalSuffixes = numbers.set("ordinal-suffixes");

        List<Phrase> ps = new ArrayList<>();
        for (String[] e : relative.entries("phrases")) {
            String[] v = e[1].split(" ");
            ps.add(new Phrase(List.of(e[0].split(" ")), Unit.valueOf(v[0]), Integer.parseInt(v[1])));
        }
        ps.sort((a, b) -> b.tokens().size() - a.tokens().size());
        phrases = List.copyOf(ps);
        articles = relative.set("articles");
        anaphoricTails = relative.phrases("anaphoric-tails");
        weekdayDirections = relative.ints("weekday-directions");
        weekdayDeterminers = relative.set("weekday-determiners");
        weekdayBlockers = relative.phrases("weekday-blockers");
        ago = relative.phrases("offset-ago");
        ahead = relative.phrases("offset-ahead");
        Map<String, Step> us = new HashMap<>();
        for (String[] e : relative.entries("units")) {
            String[] v = e[1].split(" ");
            us.put(e[0], new Step(Unit.valueOf(v[0]), Integer.parseInt(v[1])));
        }
        units = Map.copyOf(us);
        anniversary = relative.set("anniversary");
        durationAfter = relative.set("duration-after");
        originTailStops = relative.set("origin-tail-stops");
        countedEarlier = relative.phrases("counted-earlier");
        countedLater = relative.phrases("counted-later");
    }

    /** Month words that are the start of a longer name of the same month ("janv", "sept"). */
    private static Set<String> abbreviations(Map<String, Integer> months) {
        Set<String> out = new java.util.HashSet<>();
        months.forEach((w, m) -> months.forEach((other, m2) -> {
            if (m.equals(m2) && other.length() > w.length() && other.startsWith(w)) {
                out.add(w);
            }
        }));
        return Set.copyOf(out);
    }

    public static TimeLexicon load() {
        return new TimeLexicon(WordLists.read("calendar.txt"), WordLists.read("numbers.txt"),
                WordLists.read("relative.txt"));
    }
}
