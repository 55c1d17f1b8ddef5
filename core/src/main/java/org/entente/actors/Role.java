package org.entente.actors;

/** Offices whose holders the knowledge base tracks over time. */
public enum Role { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, MINISTER, OTHER }
