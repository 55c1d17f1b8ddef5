package org.entente.cli;

import org.entente.pipeline.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the commands say of themselves is what they do. */
class HelpMatchesDeedsTest {
    private static final Pattern STATED_DEFAULT = Pattern.compile("default:? (-?\\d[\\w.]*?)(?=[;),]|\\s|$)");

    @Test
    void everyDefaultStatedInAHelpTextIsTheOptionsDefault() {
        List<String> wrong = new ArrayList<>();
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String text = String.join(" ", o.description());
                Matcher m = STATED_DEFAULT.matcher(text);
                // ${DEFAULT-VALUE} is filled in by picocli from the field itself; a number written out can drift.
                if (m.find() && !String.valueOf((Object) o.initialValue()).equals(m.group(1))) {
                    wrong.add(sub.getCommandName() + " " + o.longestName() + ": says " + m.group(1) + ", is " + o.initialValue());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void ingestHelpTellsHowItCommits() {
        StringWriter sw = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(sw));
        assertEquals(0, cl.execute("ingest", "--help"));
        String help = sw.toString().replaceAll("\\s+", " ");
        assertFalse(help.contains("each article is committed on its own"), "--batch defaults to 64: " + help);
        assertTrue(help.contains("committed in batches") && help.contains("(default: 64;"), help);
    }

    /** The store keeps every status, so --planned could change nothing in ingest: it is gone from there, kept where it selects. */
    @Test
    void plannedIsAnOptionOnlyWhereItChangesTheOutput(@TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("a.txt"),
                "Le président brésilien se rendra en Inde le mois prochain. Il a rencontré mardi à Brasília le Premier ministre indien.\n");
        Cli.Run ingest = Cli.run("ingest", "--no-parse", "--planned", article.toString(), "--db", tmp.resolve("x.duckdb").toString());
        assertEquals(2, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("Unknown option: '--planned'"), ingest.err());
        Cli.Run without = Cli.run("extract", "--no-parse", article.toString());
        Cli.Run with = Cli.run("extract", "--no-parse", "--planned", article.toString());
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().contains("\"status\":\"planned\"") && !without.out().contains("\"status\":\"planned\""),
                "extract --planned adds the plans:\n" + with.out() + "\nwithout:\n" + without.out());
    }

    @Test
    void aRunThatProcessedNothingShowsNoRate(@TempDir Path tmp) {
        String db = tmp.resolve("x.duckdb").toString();
        Cli.Run first = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", db);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().matches("(?s).* \\(\\d[\\d.]* articles/s\\).*"), first.err());
        Cli.Run again = Cli.run("ingest", "--no-parse", SharedCorpus.examples().toString(), "--db", db);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 articles added") && again.err().contains("already stored"), again.err());
        assertFalse(again.err().contains("articles/s"), "nothing processed, no rate: " + again.err());
    }
}
