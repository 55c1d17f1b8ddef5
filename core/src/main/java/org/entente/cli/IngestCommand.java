package org.entente.cli;

import org.entente.actors.ActorBase;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.RunStats;
import org.entente.pipeline.Runner;
import org.entente.store.ArticleWriter;
import org.entente.store.Store;
import org.entente.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add articles to the store: an article already stored unchanged is skipped, a changed one "
                + "replaces its old version, and new reports merge into the events already stored. Articles are "
                + "committed in batches (--batch), each article whole. The store keeps events of every status "
                + "(happened, planned, announced): `events --status` chooses when reading. Safe to interrupt "
                + "(Ctrl-C, SIGTERM, even SIGKILL) and rerun: the rerun adds what was not committed."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories (.txt, .html, .htm, .jsonl, .jsonl.gz)")
    List<Path> paths;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = "--batch", paramLabel = "N", description = "articles per transaction, at most (default: ${DEFAULT-VALUE}; "
            + "1 commits every article on its own). An article is never split across transactions; an interrupted "
            + "run loses at most the open batch, which a rerun adds.")
    int batch = 64;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new BadUsage("--batch " + batch + ": a batch holds at least 1 article");
        }
        try (Store store = Store.open(db.file)) {
            Pipeline pipeline = Pipeline.warming(!options.noParse);
            ArticleWriter writer = new ArticleWriter(store, ActorBase.configured(), batch, 1000);
            // Told to stop, the process says what the store now holds of this run; the writer
            // commits nothing after that, so the figure stays true until the process ends.
            Thread stopped = new Thread(() -> System.err.printf("%nentente: stopped: %d article(s) of this run committed to %s, "
                    + "the rest not; rerun the same command to continue (stored articles are skipped)%n",
                    writer.stop(), store.file()), "entente-stopped");
            Runtime.getRuntime().addShutdownHook(stopped);
            ArticleWriter.Ingested done;
            Progress progress = new Progress("ingest");
            try {
                done = writer.ingest(new Runner(pipeline, options.threads), paths,
                        p -> System.err.println("entente: " + p.report()), progress);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopped);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs, or has run: it reports
                }
            }
            progress.done();
            if (writer.stopped()) {
                return 1; // the shutdown hook said what the store holds; this run's counts would overstate it
            }
            RunStats stats = done.stats();
            StoreStats total = StoreStats.of(store);
            System.err.printf("entente: %d articles added, %d replaced, %d already stored%s in %s; "
                            + "store %s now holds %d articles and %d events%n",
                    done.added(), done.replaced(), done.unchanged(), stats.problems() > 0 ? ", " + stats.problems() + " input(s) skipped" : "",
                    Progress.timing(stats), store.file(), total.articles(), total.events());
            return stats.problems() > 0 ? Main.SKIPPED_INPUT : 0;
        }
    }
}
