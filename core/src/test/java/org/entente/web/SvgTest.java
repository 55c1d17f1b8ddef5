package org.entente.web;

import org.entente.actors.ActorBase;
import org.entente.export.EventRow;
import org.entente.store.Queries.Tie;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgTest {
    private static final Labels EN = Labels.of(ActorBase.load(), "en");

    static EventRow row(String date, String type, String status) {
        return new EventRow("e-" + date + type, date, "text", type, status, null, null, "CHN", null, null, "KAZ", "CHN;KAZ", null,
                null, null, null, 0, null, null, 0.5, 1, 1, null, null, null);
    }

    @Test
    void decadesAreDrawnByYearWithEveryYearBetween() {
        String svg = Svg.timeline(List.of(row("1992-01-03", "RELATION", "happened"), row("2024-07", "MEET", "happened"),
                row("2024", "SIGN", "happened")), EN);
        assertTrue(svg.contains("data-unit=\"year\""), svg);
        assertEquals(2024 - 1992 + 1, count(svg, "class=\"bucket\""), "every year has its place, empty ones too");
        assertEquals(3, count(svg, "class=\"bar"), "a year-only date fits a year bar");
        assertTrue(svg.contains("data-since=\"2008\""));
    }

    @Test
    void aFewYearsAreDrawnByMonthAndAVisitByDay() {
        String months = Svg.timeline(List.of(row("2023-11-02", "MEET", "happened"), row("2025-02-10", "CALL", "happened"),
                row("2024", "SIGN", "happened")), EN);
        assertTrue(months.contains("data-unit=\"month\""));
        assertEquals(16, count(months, "class=\"bucket\""));
        assertTrue(months.contains("1 event dated less precisely"), "the year-only date is said, not drawn in January");
        String days = Svg.timeline(List.of(row("2024-07-02", "VISIT", "happened"), row("2024-07-05", "SIGN", "happened")), EN);
        assertTrue(days.contains("data-unit=\"day\""));
        assertEquals(4, count(days, "class=\"bucket\""));
        assertTrue(days.contains("5 July 2024"), "bars are titled in the page's language");
        assertTrue(Svg.timeline(List.of(row("2024-07-02", "VISIT", "happened")), Labels.of(ActorBase.load(), "fr")).contains("2 juillet 2024"));
    }

    @Test
    void plannedEventsAreOutlinedApart() {
        String svg = Svg.timeline(List.of(row("2024-07-02", "VISIT", "happened"), row("2024-07-09", "VISIT", "planned")), EN);
        assertEquals(1, count(svg, "class=\"bar planned\""));
        assertTrue(svg.contains("stroke-dasharray"));
    }

    @Test
    void everyTypeHasAColour() {
        for (var t : org.entente.events.EventType.values()) {
            assertFalse(TypeStyle.colour(t.name()).equals(TypeStyle.OTHER), t + " has its own colour");
        }
        assertTrue(TypeStyle.directed("SANCTION") && TypeStyle.directed("VISIT") && !TypeStyle.directed("MEET"));
        assertEquals(TypeStyle.types().size(), TypeStyle.types().stream().map(TypeStyle::colour).distinct().count(), "two types share a colour");
        assertEquals(java.util.Arrays.stream(org.entente.events.EventType.values()).map(Enum::name).sorted().toList(),
                TypeStyle.types().stream().sorted().toList(), "types.tsv has one row per event type");
    }

    @Test
    void timelineWithoutDatesSaysSo() {
        assertTrue(Svg.timeline(List.of(row(null, "MEET", "happened")), EN).contains("No dated event"));
    }

    @Test
    void networkEscapesNamesAndLinksIds() {
        String svg = Svg.network("<b>Centre</b>", List.of(new Tie("Q1", "A <script>", "FRA", 3), new Tie("Q2/x", "B", null, 1)),
                List.of(new Svg.Edge("Q1", "Q2/x", 1)), EN);
        assertFalse(svg.contains("<script>") || svg.contains("<b>"));
        assertTrue(svg.contains("&lt;b&gt;Centre&lt;/b&gt;"));
        assertTrue(svg.contains("href=\"/actors/Q2/x\""));
        assertTrue(svg.contains("A &lt;script&gt; (France)"), "states by name");
        assertEquals(1, count(svg, "class=\"between\""));
        assertTrue(svg.lastIndexOf("<line") < svg.indexOf("<text"), "every line is drawn before the first label, so none runs over it");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
