package org.entente.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateSpanTest {
    @Test
    void isoDatesAndSpansAreValidAndEverythingElseIsNot() {
        for (String ok : new String[] {"2024", "2024-07", "2024-07-03", "2024-07-03/2024-07-04", "2017/2020", "2024-02-29",
                "2024-06/2024-07-02"}) {
            assertTrue(DateSpan.isValid(ok), ok);
        }
        for (String bad : new String[] {"2017/20", "20", "2024-13", "2023-02-29", "2024-07-32", "2020/2017", "12024",
                "2024/2025/2026", "2024-7-3", "juillet", "2024-07-03T10:00", "/2024", ""}) {
            assertFalse(DateSpan.isValid(bad), bad);
        }
    }

    @Test
    void theMonthASpanStartsInIsOnlyNamedWhenItsStartIsAMonthOrADay() {
        assertEquals("2024-07", DateSpan.startMonth("2024-07"));
        assertEquals("2024-07", DateSpan.startMonth("2024-07-30/2024-08-02"));
        assertNull(DateSpan.startMonth("2024"));
        assertNull(DateSpan.startMonth("2017/2020"), "a span of years names no month (it was cut to \"2017/20\")");
        assertNull(DateSpan.startMonth("2017/20"));
    }
}
