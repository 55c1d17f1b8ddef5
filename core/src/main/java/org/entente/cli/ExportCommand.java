package org.entente.cli;

import org.entente.export.EventJson;
import org.entente.store.Queries;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the stored events to a file. csv and parquet have the flat columns of event data "
                + "(documented in export/columns.md, readable by pandas, R, DuckDB and Spark); jsonl has the full "
                + "events with every report, in the format the scorer reads."})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, parquet, jsonl }

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--format", required = true, description = "csv, parquet or jsonl")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: events.FORMAT)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path target = (out == null ? Path.of("events." + format) : out).toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place: an interrupted export never leaves half a file.
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        long n;
        try (Store store = Store.openReadOnly(db.file)) {
            Queries q = new Queries(store);
            if (format == Format.jsonl) {
                EventJson json = new EventJson();
                long[] count = {0};
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    q.forEachEvent(e -> {
                        json.write(e, w);
                        count[0]++;
                    });
                }
                n = count[0];
            } else {
                n = q.copyEvents(tmp, format.name());
            }
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("entente: %d events written to %s%n", n, target);
        return 0;
    }
}
