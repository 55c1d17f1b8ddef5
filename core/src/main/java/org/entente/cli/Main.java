package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entente's command line. Exit codes: 0 success; 1 failure; 2 bad command line; 3 success but
 * some inputs were skipped (each named on stderr).
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Sourced, deduplicated records of international relations from French news.",
        subcommands = {ExtractCommand.class, IngestCommand.class, EventsCommand.class, SearchCommand.class, DossierCommand.class, ExportCommand.class, ServeCommand.class, EvalCommand.class, ActorsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:bad command line", "3:done, but some inputs were skipped"})
public final class Main implements Runnable {
    public static final int SKIPPED_INPUT = 3;
    static final int BAD_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // "--type meet" and "--format CSV" mean what they say: enum values are not case-sensitive.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("entente: " + ex.getMessage());
            return ex instanceof BadUsage ? BAD_USAGE : 1;
        });
        return cl;
    }
}
