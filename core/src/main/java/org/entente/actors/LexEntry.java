package org.entente.actors;

/**
 * What a sequence of tokens means to the linker.
 *
 * @param type   what kind of thing the phrase is
 * @param target id of the actor (state ISO3, person, organisation, place), or a context word's use
 * @param role   for ROLE and ROLE_TAIL entries, the office
 * @param plural for role phrases, whether the phrase is plural ("chefs d'État"); for places, whether
 *               the name is also a common word or first name (place-stoplist.tsv) and needs "à" before it
 */
record LexEntry(Type type, String target, Role role, boolean plural) {
    enum Type {
        // Declaration order is the linker's priority when one phrase has several readings.
        // ORG_COMMON_NAME: an organisation's name the table writes in lower case ("zone euro"),
        // matched without the capital other names need.
        PERSON_FULL, ORG_NAME, ORG_COMMON_NAME, ROLE, COUNTERPART, TITLE, STATE_NAME, SEAT, PLACE_RENAMED, CAPITAL, PLACE,
        ORG_ACRONYM, PREFIX, DEMONYM, PERSON_SURNAME, WORD, ROLE_TAIL
    }

    static LexEntry of(Type type, String target) {
        return new LexEntry(type, target, null, false);
    }
}
