package org.entente.cli;

import org.entente.store.Queries;
import org.entente.store.SearchIndex;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find stored sentences by their words, best first, with the events each one reports. "
                + "All words must appear; accents and case do not matter; \"quoted phrases\" match as written; "
                + "OR, -word and prefix* work too. The index lives beside the store (FILE.lucene) and catches up "
                + "with it on every search."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "words, e.g. '\"atelier Luban\" Tadjikistan'")
    String query;

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--limit", description = "at most this many sentences (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Override
    public Integer call() {
        try (Store store = Store.openReadOnly(db.file); SearchIndex index = SearchIndex.open(store)) {
            List<SearchIndex.Hit> hits;
            try {
                hits = index.search(query, limit);
            } catch (IllegalArgumentException e) {
                System.err.println("entente: " + e.getMessage());
                return 2;
            }
            Queries queries = new Queries(store);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (SearchIndex.Hit h : hits) {
                out.printf("%s  %s  (sentence %d, %d-%d)%s%n", h.published() == null ? "?" : h.published(), h.articleId(),
                        h.sentence(), h.start(), h.end(), h.title() == null ? "" : "  " + h.title());
                out.println("    " + h.marked("[[", "]]"));
                for (String id : h.eventIds()) {
                    queries.event(id).ifPresent(d -> out.println("      -> " + Lines.event(d.row())));
                }
                out.println();
            }
            out.flush();
            System.err.printf("entente: %d sentence(s)%s%n", hits.size(), hits.size() == limit ? " (limit reached: --limit N for more)" : "");
            return 0;
        }
    }
}
