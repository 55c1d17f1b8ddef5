package org.entente.cli;

import org.entente.events.Event;
import org.entente.export.EventJson;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract events from articles and write them as JSON lines, one per real-world event.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories (.txt, .html, .htm, .jsonl, .jsonl.gz)")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here instead of the standard output (- is the standard output)")
    Path out;

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    PlannedOption plans = new PlannedOption();

    @Override
    public Integer call() throws IOException {
        Progress progress = new Progress("extract");
        Runner.Result result = new Runner(Pipeline.warming(!options.noParse), options.threads)
                .run(paths, p -> System.err.println("entente: " + p.report()), progress);
        progress.done();
        EventJson json = new EventJson();
        List<Event> selected = plans.select(result.events());
        new OutputTarget(out == null ? Path.of("-") : out).write(os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            for (Event e : selected) {
                json.write(e, w);
            }
            w.flush();
        });
        var s = result.stats();
        System.err.printf("entente: %d articles, %d events written (%d reports, %d events with plans) in %.1f s%s%n",
                s.articles(), selected.size(), s.reports(), s.events(), s.seconds(), s.problems() > 0 ? ", " + s.problems() + " input(s) skipped" : "");
        return s.problems() > 0 ? Main.SKIPPED_INPUT : 0;
    }
}
