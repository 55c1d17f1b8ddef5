package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.Actor;
import org.entente.actors.ActorBase;
import org.entente.actors.ActorLinker;
import org.entente.actors.ActorMention;
import org.entente.actors.RoleHarvester;
import org.entente.actors.RoleObservation;
import org.entente.actors.Tenure;
import org.entente.ingest.ArticleSource;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.entente.time.PublicationDate;
import org.entente.time.PublicationDateFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Looks into the actor knowledge base: resolve a phrase at a date, or show one actor. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Query the actor knowledge base, or harvest offices from articles.",
        subcommands = {ActorsCommand.Resolve.class, ActorsCommand.Show.class, ActorsCommand.Learned.class})
public final class ActorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--overlay", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "CSV or YAML file of extra dated tenures and name aliases (default: system property "
                    + "entente.actors.overlay or env ENTENTE_ACTORS_OVERLAY)")
    Path overlay;

    /** The base with the overlay given on the command line, else the configured one (which reads the property). */
    ActorBase base() {
        try {
            return overlay == null ? ActorBase.configured() : ActorBase.load(overlay);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            // A bad row is the user's input error: say where, without a stack trace.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Link the actors mentioned in a French phrase, e.g. \"le président chinois\".")
    static final class Resolve implements Callable<Integer> {
        @CommandLine.ParentCommand
        ActorsCommand parent;

        @Parameters(index = "0", paramLabel = "TEXT", description = "French text to link")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date at which roles are resolved (default: today)")
        LocalDate date;

        @Override
        public Integer call() {
            LocalDate at = date == null ? LocalDate.now() : date;
            var sentences = new SentenceSplitter(new Tokenizer()).split(text);
            List<ActorMention> mentions = new ActorLinker(parent.base()).link(sentences, at);
            if (mentions.isEmpty()) {
                System.out.println("no actor found");
            }
            for (ActorMention m : mentions) {
                Actor a = m.actor();
                System.out.printf("%-28s %-15s country=%-4s role=%-18s -> %s%n", '"' + m.surface() + '"', m.kind(),
                        m.country() == null ? "-" : m.country(), m.role() == null ? "-" : m.role(),
                        a == null ? "(unresolved)" : a.name() + " [" + a.id() + "]");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an actor by id (CHN, Q15031, geo:1526273).")
    static final class Show implements Callable<Integer> {
        @CommandLine.ParentCommand
        ActorsCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            ActorBase base = parent.base();
            var actor = base.byId(id);
            if (actor.isEmpty()) {
                System.out.println("no actor with id " + id);
                return 1;
            }
            Actor a = actor.get();
            System.out.printf("%s  %s  (%s)%n", a.id(), a.name(), a.kind());
            if (a.country() != null) {
                System.out.println("country: " + a.country());
            }
            if (base.frenchName(a.id()) != null) {
                System.out.println("French: " + base.frenchName(a.id()));
            }
            base.place(a.id()).ifPresent(p -> System.out.printf("at %.4f, %.4f  population %d%n", p.lat(), p.lon(), p.population()));
            if (!base.members(a.id()).isEmpty()) {
                System.out.println("members: " + String.join(", ", base.members(a.id())));
            }
            if (!base.aliases(a.id()).isEmpty()) {
                System.out.println("also written: " + String.join(", ", base.aliases(a.id())));
            }
            for (Tenure t : base.tenures(a.id())) {
                System.out.printf("%-18s %s  %s .. %s  (%s)%n", t.role(), t.country(), t.start() == null ? "?" : t.start(),
                        t.end() == null ? "" : t.end(), t.source());
            }
            return 0;
        }
    }

    @Command(name = "learned", mixinStandardHelpOptions = true,
            description = {"Read articles and list, by person, the offices the text gives people that the actor base "
                    + "does not know at the article's date (unknown people, or another office or state), "
                    + "with the sentence that says it: candidates for an --overlay file.",
                    "Formats: .txt, .html, .htm, .jsonl, .jsonl.gz, or directories of them."})
    static final class Learned implements Callable<Integer> {
        @CommandLine.ParentCommand
        ActorsCommand parent;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
        List<Path> paths;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "date for articles whose publication date is not found (default: none, current offices)")
        LocalDate fallbackDate;

        @Option(names = "--all", description = "also list what the base already knows")
        boolean all;

        @Override
        public Integer call() {
            ActorBase base = parent.base();
            RoleHarvester harvester = new RoleHarvester(base);
            SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
            PublicationDateFinder dates = new PublicationDateFinder();
            List<RoleObservation> seen = new ArrayList<>();
            int[] problems = {0};
            int read = new ArticleSource().read(paths, article -> {
                var sentences = splitter.split(article.text());
                LocalDate date = dates.find(article, sentences).map(PublicationDate::anchor).orElse(fallbackDate);
                seen.addAll(harvester.observe(article.id(), sentences, date));
            }, problem -> {
                problems[0]++;
                System.err.println(problem);
            });
            List<RoleObservation> shown = all ? seen : harvester.unknown(seen);
            var groups = RoleHarvester.byPerson(shown);
            groups.forEach((name, obs) -> {
                System.out.println(name);
                for (RoleObservation o : obs) {
                    System.out.printf("  %-18s %-4s %s  [%s]%s%n", o.role(), o.country() == null ? "-" : o.country(),
                            o.date() == null ? "????-??-??" : o.date(), o.doc(), all && harvester.known(o) ? " (known)" : "");
                    System.out.println("    " + o.sentence().replaceAll("\\s+", " "));
                }
            });
            System.err.printf("%d article(s), %d observation(s), %d person(s) listed%n", read, seen.size(), groups.size());
            return problems[0] > 0 && read == 0 ? 1 : 0;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ActorsCommand()).execute(args));
    }
}
