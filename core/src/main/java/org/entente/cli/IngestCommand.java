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
        description = {"Add articles to the store: each article is committed on its own, an article already stored "
                + "unchanged is skipped, a changed one replaces its old version, and new reports merge into the "
                + "events already stored. Safe to interrupt and rerun."})
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
        try (Store store = Store.open(db.file)) {
            Pipeline pipeline = Pipeline.create(!options.noParse);
            ArticleWriter writer = new ArticleWriter(store, ActorBase.configured(), batch, 1000);
            Progress progress = new Progress("ingest");
            ArticleWriter.Ingested done = writer.ingest(new Runner(pipeline, options.threads), paths,
                    p -> System.err.println("entente: " + p.report()), progress);
            progress.done();
            RunStats stats = done.stats();
            StoreStats total = StoreStats.of(store);
            System.err.printf("entente: %d articles added, %d replaced, %d already stored%s in %.1f s (%.0f articles/s); "
                            + "store %s now holds %d articles and %d events%n",
                    done.added(), done.replaced(), done.unchanged(), stats.problems() > 0 ? ", " + stats.problems() + " input(s) skipped" : "",
                    stats.seconds(), stats.articlesPerSecond(), store.file(), total.articles(), total.events());
            return stats.problems() > 0 ? Main.SKIPPED_INPUT : 0;
        }
    }
}
