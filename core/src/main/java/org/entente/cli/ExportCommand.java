package org.entente.cli;

import org.entente.export.EventJson;
import org.entente.store.Queries;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file, or - for the standard output (default: events.FORMAT)")
    Path out;

    @Override
    public Integer call() throws Exception {
        OutputTarget target = new OutputTarget(out == null ? Path.of("events." + format) : out);
        long[] n = {0};
        try (Store store = Store.openReadOnly(db.file)) {
            Queries q = new Queries(store);
            if (format == Format.jsonl) {
                EventJson json = new EventJson();
                target.write(os -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                    q.forEachEvent(e -> {
                        json.write(e, w);
                        n[0]++;
                    });
                    w.flush();
                });
            } else {
                target.writeFile(file -> n[0] = q.copyEvents(file, format.name()));
            }
        }
        System.err.printf("entente: %d events written to %s%n", n[0], target.describe());
        return 0;
    }
}
