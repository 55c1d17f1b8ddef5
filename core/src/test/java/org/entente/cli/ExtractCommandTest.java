package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @Test
    void badInputsAreNamedSkippedAndSignalledByTheExitCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bon.txt"), "Le président brésilien a rencontré mardi à Brasília le Premier ministre indien.\n");
        Files.write(dir.resolve("vide.txt"), new byte[0]);
        Files.write(dir.resolve("binaire.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00});
        Files.writeString(dir.resolve("lot.jsonl"), "{\"id\": \"a1\", \"text\": \"La Chine et le Brésil ont signé un accord.\"}\n{pas du json\n");
        Path out = dir.resolve("events.jsonl");

        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("extract", "--no-parse", dir.toString(), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.SKIPPED_INPUT, code, messages);
        assertTrue(messages.contains("vide.txt") && messages.contains("empty"), messages);
        assertTrue(messages.contains("binaire.txt") && messages.contains("binary"), messages);
        assertTrue(messages.contains("lot.jsonl:2") && messages.contains("not valid JSON"), messages);
        assertTrue(Files.exists(out), "the readable inputs are still processed and written");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("extract", "eval", "bench", "actors")) {
            StringWriter sw = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(sw));
            assertEquals(0, cl.execute(command, "--help"));
            assertTrue(sw.toString().contains("Usage: entente " + command), sw.toString());
        }
    }
}
