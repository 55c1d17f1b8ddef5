package org.entente.time;

/** Calendar unit of a relative phrase or a stated offset. */
enum Unit {
    DAY, WEEK, MONTH, YEAR;

    /** How precise a date shifted by this unit is: weeks count in days ("il y a deux semaines"). */
    Granularity granularity() {
        return switch (this) {
            case DAY, WEEK -> Granularity.DAY;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
        };
    }
}
