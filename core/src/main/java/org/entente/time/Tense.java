package org.entente.time;

/** Coarse tense of the verb governing a time expression; PRESENT also stands for "no cue found". */
public enum Tense { PAST, PRESENT, FUTURE }
