package org.entente.time;

/** How precise a resolved time value is. */
public enum Granularity { DAY, MONTH, YEAR, INTERVAL }
