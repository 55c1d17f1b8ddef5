package org.entente.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandardsTest {
    private final Standards standards = Standards.load();

    private static Event event(EventType type, String key) {
        return new Event("x", type, null, null, null, List.of(), List.of("BRA", "CHN"), null, key, "happened", List.of(), 0.5);
    }

    @Test
    void everyTypeHasACodingAndConditionsPickTheSpecificOne() {
        for (EventType t : EventType.values()) {
            standards.code(event(t, null));
        }
        assertEquals("041", standards.code(event(EventType.CALL, null)).cameo());
        assertEquals("phone", standards.code(event(EventType.CALL, null)).ploverMode());
        assertEquals("multilateral", standards.code(event(EventType.MEET, "forum:SCO")).ploverMode());
        assertEquals(null, standards.code(event(EventType.MEET, null)).ploverMode());
        assertEquals("054", standards.code(event(EventType.RELATION, "diplomatic relations")).cameo());
        assertEquals("050", standards.code(event(EventType.RELATION, "partnership strategic")).cameo());
        assertEquals(8.0, standards.code(event(EventType.SIGN, null)).goldstein());
    }
}
