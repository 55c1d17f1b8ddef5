package org.entente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ingest told to stop (SIGTERM, as `kill` and service managers send) says what it committed and that a rerun continues. */
class StopSignalTest {
    private static final Pattern STOPPED = Pattern.compile("stopped: (\\d+) article\\(s\\) of this run committed to (.+?), the rest not; "
            + "rerun the same command to continue");

    private static Process ingest(Path input, Path db, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main",
                "ingest", input.toString(), "--db", db.toString(), "--no-parse", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void sigtermReportsWhatWasCommittedAndTheStoreHoldsExactlyThat(@TempDir Path tmp) throws Exception {
        Path input = CrashSafetyTest.corpus(tmp, 1500);
        Path db = tmp.resolve("stopped.duckdb");
        Path log = tmp.resolve("stopped.log");
        Process p = ingest(input, db, log);
        Path wal = Path.of(db + ".wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(wal) && Files.size(wal) > 200_000) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the ingest ended before it could be stopped: " + Files.readString(log));
        p.destroy(); // SIGTERM on Unix
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(log);
        assertEquals(143, p.exitValue(), said);
        Matcher m = STOPPED.matcher(said);
        assertTrue(m.find(), said);
        long committed = Long.parseLong(m.group(1));
        assertEquals(db.toAbsolutePath().toString(), m.group(2));
        try (Store store = Store.open(db)) {
            assertEquals(committed, StoreStats.of(store).articles(), "what it said it committed is what the store holds: " + said);
        }
        assertTrue(committed > 0 && committed < 1500, said);

        Path again = tmp.resolve("rerun.log");
        Process rerun = ingest(input, db, again);
        assertTrue(rerun.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), Files.readString(again));
        assertTrue(Files.readString(again).contains(committed + " already stored"), Files.readString(again));
    }
}
