package org.entente.cli;

import org.entente.actors.ActorBase;
import org.entente.events.EventType;
import org.entente.export.EventRow;
import org.entente.store.FilterValues;
import org.entente.store.Queries;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, oldest first, one per line: date, type, status, source -> target, place, number of sources.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--countries", split = ",", paramLabel = "STATE", description = "states that all take part, by ISO alpha-3 code or name, e.g. CHN,KAZ or Chine,Kazakhstan")
    List<String> countries = List.of();

    @Option(names = "--actor", split = ",", paramLabel = "ID", description = "actor ids, one of which takes part")
    List<String> actors = List.of();

    // An enum, so that picocli lists the types from EventType itself and refuses a misspelt one.
    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "one or more of ${COMPLETION-CANDIDATES}")
    List<EventType> types = List.of();

    @Option(names = "--since", paramLabel = "DATE", description = "from this day, month or year (2024-01)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "up to this day, month or year")
    String until;

    @Option(names = "--text", paramLabel = "WORDS", description = "words in one of the evidence sentences")
    String text;

    @Option(names = "--status", paramLabel = "STATUS", description = "happened, planned or announced (default: all)")
    String status;

    @Option(names = "--limit", description = "at most this many, 1 to 10000 (default: ${DEFAULT-VALUE})")
    int limit = 200;

    @Option(names = "--json", description = "one JSON object per line, with the export's columns")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Queries.EventFilter filter = filter();
        try (Store store = Store.openReadOnly(db.file)) {
            List<EventRow> rows = new Queries(store).events(filter);
            var out = new java.io.PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            for (EventRow r : rows) {
                if (json) {
                    var o = mapper.createObjectNode();
                    List<Object> values = r.values();
                    for (int i = 0; i < values.size(); i++) {
                        o.putPOJO(EventRow.COLUMNS.get(i), values.get(i));
                    }
                    out.println(mapper.writeValueAsString(o));
                } else {
                    out.println(Lines.event(r));
                }
            }
            out.flush();
            System.err.printf("entente: %d event(s)%s%n", rows.size(), rows.size() == limit ? " (limit reached: --limit N for more)" : "");
            return 0;
        }
    }

    /** The query, every value checked first: a typo is an error that lists what would do, not "0 event(s)". */
    private Queries.EventFilter filter() {
        try {
            Set<String> states = new TreeSet<>();
            if (!countries.isEmpty()) {
                ActorBase base = ActorBase.configured();
                for (String c : countries) {
                    states.add(DossierCommand.state(base, c).orElseThrow(() -> new BadUsage("--countries: unknown state \""
                            + c + "\": give ISO alpha-3 codes (CHN,FRA) or names (Chine,France)")));
                }
            }
            return new Queries.EventFilter(states, Set.copyOf(actors),
                    types.stream().map(Enum::name).collect(Collectors.toSet()),
                    FilterValues.date(since, "--since"), FilterValues.date(until, "--until"), text,
                    FilterValues.status(status, "--status"), FilterValues.limit(limit, "--limit"), 0);
        } catch (IllegalArgumentException e) {
            throw new BadUsage(e.getMessage());
        }
    }
}
