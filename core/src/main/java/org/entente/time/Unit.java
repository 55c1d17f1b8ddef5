package org.entente.time;

/** Calendar unit of a relative phrase or a stated offset. */
enum Unit { DAY, WEEK, MONTH, YEAR }
