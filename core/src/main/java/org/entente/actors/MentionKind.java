package org.entente.actors;

/** How an actor is referred to in the text. */
public enum MentionKind {
    /** A state by name: "la Chine", "Kazakhstan". */
    STATE_NAME,
    /** A demonym or country adjective: "chinois", "kazakhe". */
    DEMONYM,
    /** A compound prefix: "sino-" in "sino-kazakhe". */
    COUNTRY_PREFIX,
    /** A capital or seat of power standing for its state: "Pékin", "le Kremlin". */
    METONYM,
    /** "la partie chinoise", "le côté kazakh". */
    PARTY,
    /** A person's full name: "Xi Jinping". */
    PERSON_NAME,
    /** Part of a person's name, linked through context: "M. Xi", "Tokaïev". */
    PERSON_PARTIAL,
    /** A role description resolved at the article's date: "le président chinois". */
    ROLE,
    /** An international organisation or mechanism: "l'OCS", "les BRICS". */
    ORGANISATION,
    /** A city or other place: "Astana", "Chengdu". */
    PLACE
}
