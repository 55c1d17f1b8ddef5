package org.entente.actors;

/**
 * Offices whose holders the knowledge base tracks over time.
 *
 * <p>{@link #OFFICIAL} is a member of a state's government whose office the source does not label
 * (Phoenix rows): it admits the person as acting for the state, but no title ("le président
 * israélien") names it, so no title resolves to such a person. {@link #HEAD_OF_ORGANISATION} heads
 * an international organisation; its tenure's country is the organisation's id, and the person
 * acts for no state while holding it.
 */
public enum Role { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, MINISTER, OTHER, OFFICIAL, HEAD_OF_ORGANISATION }
