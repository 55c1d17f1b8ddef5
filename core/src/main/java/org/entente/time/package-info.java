/**
 * The time stage: publication dates and French time expressions resolved to ISO values.
 *
 * <p>Entry points: {@link org.entente.time.PublicationDateFinder} (hints, URL, dateline lines,
 * opening sentence), {@link org.entente.time.TimeTagger} (expressions of one sentence against the
 * publication date) and {@link org.entente.time.DateResolution} (which expression dates an event
 * trigger). The grammar is a set of small rules over tokens; every word it knows lives in the
 * commented lists of {@code src/main/resources/org/entente/time}: {@code calendar.txt} (months,
 * weekdays, cue words), {@code numbers.txt} (number words and ordinals), {@code relative.txt}
 * (relative phrases, offsets, anniversaries), {@code tense.txt} (tense cues) and
 * {@code clauses.txt} (clause boundaries).
 *
 * <p>Resolution choices, so that callers can rely on them:
 * <ul>
 * <li>Bare weekday: the latest such day on or before the publication day (the day itself
 *     counts); in a future-tense context the first on or after it. "dernier"/"prochain" are
 *     strict.</li>
 * <li>Day or month without year: the publication year, moved back a year when the context is
 *     past and the date would fall after publication, forward when the context is future and it
 *     would fall before; without tense cue the nearest year.</li>
 * <li>"la semaine dernière/prochaine", "cette semaine": the Monday-Sunday interval.</li>
 * <li>Against a month-precise publication date (anchor = last day of the month) day-precise
 *     relative words (weekdays, "hier", weeks, "il y a deux jours") stay unresolved.</li>
 * <li>Unresolvable expressions are returned with a null value.</li>
 * </ul>
 */
package org.entente.time;
