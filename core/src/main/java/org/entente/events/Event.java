package org.entente.events;

import java.util.List;

/**
 * An event with every report of it. Produced per article by {@link EventExtractor}, then merged
 * across articles; immutable.
 *
 * @param id           stable id derived from the first mention
 * @param type         event type
 * @param date         ISO day, month, year or START/END interval; null when unknown
 * @param dateSource   "text" (stated in the sentence), "context" (from the surrounding article),
 *                     "inferred" (from another article reporting the same event), or null
 * @param place        English name of the city where it happened, or null
 * @param participants people involved
 * @param countries    ISO alpha-3 codes of the states involved, sorted
 * @param what         for statements, the object in the article's words; else null
 * @param key          what tells two statements of one article apart ("atelier luban"); for
 *                     multilateral meetings the forum; else null
 * @param status       {@link #HAPPENED}, {@link #PLANNED} or {@link #ANNOUNCED}
 * @param mentions     every sentence reporting it, in article order
 * @param confidence   0..1, how sure the rules are
 * @param source       who acts (the visitor, the supporter, the side that commits), or null when
 *                     the text does not say
 * @param target       who is acted upon (the host, the side supported), or null
 */
public record Event(String id, EventType type, String date, String dateSource, String place,
                    List<Participant> participants, List<String> countries, String what, String key,
                    String status, List<EventMention> mentions, double confidence, Party source, Party target) {
    public static final String HAPPENED = "happened";
    public static final String PLANNED = "planned";
    /** Declared as decided but not yet carried out ("ont annoncé l'ouverture"). */
    public static final String ANNOUNCED = "announced";

    public Event {
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        mentions = List.copyOf(mentions);
    }

    /** An event whose direction is not known (yet). */
    public Event(String id, EventType type, String date, String dateSource, String place,
                 List<Participant> participants, List<String> countries, String what, String key,
                 String status, List<EventMention> mentions, double confidence) {
        this(id, type, date, dateSource, place, participants, countries, what, key, status, mentions, confidence,
                null, null);
    }

    public Event withDirection(Party newSource, Party newTarget) {
        return new Event(id, type, date, dateSource, place, participants, countries, what, key, status, mentions,
                confidence, newSource, newTarget);
    }

    public Event withDate(String newDate, String newDateSource) {
        return new Event(id, type, newDate, newDateSource, place, participants, countries, what, key, status, mentions,
                confidence, source, target);
    }

    public Event withPlace(String newPlace) {
        return new Event(id, type, date, dateSource, newPlace, participants, countries, what, key, status, mentions,
                confidence, source, target);
    }

    public Event withParticipants(List<Participant> newParticipants) {
        return new Event(id, type, date, dateSource, place, newParticipants, countries, what, key, status, mentions,
                confidence, source, target);
    }

    public Event withCountries(List<String> newCountries) {
        return new Event(id, type, date, dateSource, place, participants, newCountries, what, key, status, mentions,
                confidence, source, target);
    }

    public boolean happened() {
        return HAPPENED.equals(status);
    }
}
