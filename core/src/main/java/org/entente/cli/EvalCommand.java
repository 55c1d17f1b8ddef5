package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.eval.Explainer;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;
import org.entente.events.Event;
import org.entente.export.EventJson;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Extracts events and scores them against gold annotations with the rules of the reference scorer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract events from PATH... and print precision/recall/F1 per type and overall, date and "
                + "place accuracy, participant F1 and cross-article grouping against the gold files of GOLD_DIR.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "directory of NNN.json gold files")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "articles to extract from")
    List<Path> paths;

    @Option(names = "--explain", description = "also list, per article, the gold events missed and the events without a gold match")
    boolean explain;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit with 1 when the event F1 is below X")
    Double minF1;

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    PlannedOption plans = new PlannedOption();

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            System.err.println("entente eval: " + gold + " is not a directory of gold files");
            return 2;
        }
        Runner.Result result = new Runner(Pipeline.warming(!options.noParse), options.threads)
                .run(paths, p -> System.err.println("entente: " + p.report()), null);
        EventJson json = new EventJson();
        List<JsonNode> events = new ArrayList<>();
        for (Event e : plans.select(result.events())) {
            events.add(json.toJson(e));
        }
        ScoreReport report = new Scorer().score(gold, events);
        System.out.print(report.format());
        if (explain) {
            System.out.println();
            System.out.print(new Explainer().explain(gold, events).format());
        }
        if (minF1 != null && report.eventF1() < minF1) {
            return 1;
        }
        return result.stats().problems() > 0 ? Main.SKIPPED_INPUT : 0;
    }
}
