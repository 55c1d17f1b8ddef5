package org.entente.web;

import org.entente.store.Queries.MonthCount;
import org.entente.store.Queries.Tie;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgTest {
    @Test
    void timelineHasEveryMonthBetweenFirstAndLastAndABarPerType() {
        String svg = Svg.timeline(List.of(new MonthCount("2023-11", "MEET", 2), new MonthCount("2023-11", "SIGN", 1),
                new MonthCount("2024-02", "CALL", 3)));
        assertEquals(3, count(svg, "<rect x=") - Svg.COLOURS.size(), "three bars besides the legend");
        assertTrue(svg.contains("2023-11 MEET: 2"));
        assertTrue(svg.contains(">2023-12<") && svg.contains(">2024-01<"), "empty months keep their place");
    }

    @Test
    void everyEventTypeHasItsOwnColourAndCssClass() throws Exception {
        String css;
        try (var in = Svg.class.getResourceAsStream("/org/entente/web/assets/style.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (org.entente.events.EventType t : org.entente.events.EventType.values()) {
            assertTrue(Svg.COLOURS.containsKey(t.name()), "no colour for " + t);
            assertTrue(css.contains(".type-" + t.name().toLowerCase(java.util.Locale.ROOT) + " {"), "no CSS class for " + t);
        }
        assertEquals(Svg.COLOURS.size(), java.util.Set.copyOf(Svg.COLOURS.values()).size(), "two types share a colour");
    }

    @Test
    void timelineWithoutDatesSaysSo() {
        assertTrue(Svg.timeline(List.of()).contains("No dated events"));
    }

    @Test
    void networkEscapesNamesAndLinksIds() {
        String svg = Svg.network("<b>Centre</b>", List.of(new Tie("Q1", "A <script>", "FRA", 3), new Tie("Q2/x", "B", null, 1)),
                List.of(new Svg.Edge("Q1", "Q2/x", 1)));
        assertFalse(svg.contains("<script>") || svg.contains("<b>"));
        assertTrue(svg.contains("&lt;b&gt;Centre&lt;/b&gt;"));
        assertTrue(svg.contains("href=\"/actors/Q2/x\""));
        assertEquals(1, count(svg, "class=\"between\""));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
