package org.entente.cli;

import org.entente.export.EventRow;

/** One-line renderings of stored things for the terminal. */
final class Lines {
    private Lines() {
    }

    static String event(EventRow r) {
        String sides = r.sourceCountry() == null && r.targetCountry() == null
                ? String.join(", ", r.countries().split(";"))
                : side(r.sourceActor(), r.sourceCountry()) + " -> " + side(r.targetActor(), r.targetCountry());
        return String.format("%-10s  %-8s  %-9s  %s%s  [%d source(s)]  %s%s",
                r.date() == null ? "?" : r.date(), r.type(), r.status(), sides,
                r.place() == null ? "" : "  at " + r.place(), r.nSources(),
                r.what() == null ? "" : "\"" + r.what() + "\"  ", r.eventId());
    }

    private static String side(String actor, String country) {
        if (actor != null) {
            return actor + " (" + country + ")";
        }
        return country == null ? "?" : country;
    }
}
