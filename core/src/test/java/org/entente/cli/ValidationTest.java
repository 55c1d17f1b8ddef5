package org.entente.cli;

import org.entente.events.EventType;
import org.entente.pipeline.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A value no event can have is a bad command line (exit 2) that lists the valid ones, never "0 event(s)". */
class ValidationTest {
    @TempDir
    static Path tmp;
    private static String db;

    @BeforeAll
    static void store() {
        db = tmp.resolve("x.duckdb").toString();
        Cli.Run r = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", db);
        assertEquals(0, r.code(), r.err());
    }

    private static void assertBad(Cli.Run r, String... words) {
        assertEquals(2, r.code(), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "'" + w + "' in: " + r.err());
        }
        assertFalse(r.err().contains("event(s)") || r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownTypesAndStatusesListTheValidOnes() {
        Cli.Run type = Cli.run("events", "--db", db, "--type", "FOO");
        assertBad(type, "'FOO'");
        for (EventType t : EventType.values()) {
            assertTrue(type.err().contains(t.name()), t + " listed: " + type.err());
        }
        assertBad(Cli.run("events", "--db", db, "--status", "x"), "'x'", "happened", "planned", "announced");
        Cli.Run lower = Cli.run("events", "--db", db, "--type", "meet,visit", "--status", "happened");
        assertEquals(0, lower.code(), lower.err());
        assertTrue(lower.out().contains("MEET"), lower.out());
    }

    @Test
    void countriesAreCodesOrNamesOfKnownStates() {
        Cli.Run byCode = Cli.run("events", "--db", db, "--countries", "CHN");
        Cli.Run byName = Cli.run("events", "--db", db, "--countries", "Chine");
        assertEquals(0, byName.code(), byName.err());
        assertFalse(byCode.out().isEmpty());
        assertEquals(byCode.out(), byName.out(), "Chine is China");
        assertBad(Cli.run("events", "--db", db, "--countries", "Atlantide"), "\"Atlantide\"", "alpha-3");
    }

    @Test
    void datesAndLimitsOutOfRangeAreBadCommandLines() {
        for (String date : new String[] {"2024-13-45", "2024-02-30", "hier", "24-01"}) {
            assertBad(Cli.run("events", "--db", db, "--since", date), "--since", "'" + date + "'", "2024-01-31");
        }
        assertBad(Cli.run("events", "--db", db, "--until", "2023-00"), "--until");
        assertBad(Cli.run("events", "--db", db, "--limit", "0"), "--limit", "1 to 10000");
        assertEquals(0, Cli.run("events", "--db", db, "--since", "2024-02-29").code(), "a leap day is a day");
    }

    @Test
    void serveSaysWhatIsWrongWithItsAddress() throws Exception {
        Cli.Run port = Cli.run("serve", "--db", db, "--port", "99999");
        assertBad(port, "--port 99999", "65535");
        assertBad(Cli.run("serve", "--db", db, "--host", "no-such-host.invalid"), "--host no-such-host.invalid", "no such host");
        Cli.Run foreign = Cli.run("serve", "--db", db, "--host", "192.0.2.1"); // TEST-NET-1, never this machine's
        assertBad(foreign, "192.0.2.1", "not an address of this machine");
        assertFalse(foreign.err().contains("in use"), foreign.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Run busy = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Cli.run("serve", "--db", db, "--port", String.valueOf(taken.getLocalPort())));
            assertEquals(1, busy.code(), busy.err());
            assertTrue(busy.err().contains("already in use") && busy.err().contains("--port"), busy.err());
        }
    }
}
