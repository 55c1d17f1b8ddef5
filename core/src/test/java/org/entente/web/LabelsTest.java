package org.entente.web;

import org.entente.actors.ActorBase;
import org.entente.actors.Role;
import org.entente.events.EventType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {
    private static final ActorBase BASE = ActorBase.load();
    private static final Labels EN = Labels.of(BASE, "en");
    private static final Labels FR = Labels.of(BASE, "fr");

    @Test
    void bothLanguagesSayEverything() {
        assertEquals(Labels.keys("en"), Labels.keys("fr"));
        for (EventType t : EventType.values()) {
            assertTrue(Labels.keys("en").contains("type." + t.name()), t + " has a label");
        }
        for (Role r : Role.values()) {
            assertTrue(Labels.keys("en").contains("role." + r.name()), r + " has a label");
        }
        assertEquals("sanction", EN.type("SANCTION"));
        assertEquals("sanction/mesure", FR.type("SANCTION"));
        assertEquals("ministre des Affaires étrangères", FR.role("FOREIGN_MINISTER"));
        assertEquals("foreign minister", EN.role("FOREIGN_MINISTER"));
    }

    @Test
    void statesByTheirNameInThePageLanguage() {
        assertEquals("Kazakhstan", EN.name("KAZ"));
        assertEquals("China", EN.name("CHN"));
        assertEquals("Chine", FR.name("CHN"));
        assertEquals("États-Unis", FR.name("USA"));
        assertEquals("Organisation de coopération de Shanghai", FR.name("Q485207"));
        assertEquals("<abbr class=\"state\" title=\"CHN\">Chine</abbr>", FR.stateHtml("CHN"));
        assertEquals("XYZ", EN.name("XYZ"), "an unknown code shows as itself");
    }

    @Test
    void datesAtTheirPrecision() {
        assertEquals("2024", EN.date("2024"));
        assertEquals("July 2024", EN.date("2024-07"));
        assertEquals("juillet 2024", FR.date("2024-07"));
        assertEquals("3 July 2024", EN.date("2024-07-03"));
        assertEquals("3 juillet 2024", FR.date("2024-07-03"));
        assertEquals("1er juillet 2024", FR.date("2024-07-01"));
        assertEquals("3 July 2024 to 4 July 2024", EN.date("2024-07-03/2024-07-04"));
        assertEquals("undated", EN.date(null));
    }

    @Test
    void unknownLanguagesFallBackAndLinksKeepTheChosenOne() {
        assertEquals("en", Labels.of(BASE, "de").lang());
        assertEquals("/events", EN.href("/events"));
        assertEquals("/events?lang=fr", FR.href("/events"));
        assertEquals("/events?types=MEET&lang=fr", FR.href("/events?types=MEET"));
    }
}
