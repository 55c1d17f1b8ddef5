package org.entente.cli;

import org.entente.actors.Actor;
import org.entente.actors.ActorBase;
import org.entente.actors.ActorLinker;
import org.entente.actors.ActorMention;
import org.entente.actors.ActorKind;
import org.entente.actors.MentionKind;
import org.entente.export.Dossier;
import org.entente.store.Queries;
import org.entente.store.Store;
import org.entente.text.Normalizer;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = {"Write what the store knows of the relationship between two states: partnership level over "
                + "time, meetings and visits, agreements, commitments (first and last report), support, measures "
                + "(sanctions, expulsions, recalls, treaty withdrawals), forums; "
                + "every line with its sources. States by ISO alpha-3 code or name, in English or French, any order."})
final class DossierCommand implements Callable<Integer> {
    enum Format { md, html }

    @Parameters(index = "0", paramLabel = "STATE", description = "e.g. CHN, Chine, China")
    String first;

    @Parameters(index = "1", paramLabel = "STATE", description = "e.g. KAZ, Kazakhstan")
    String second;

    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--format", description = "md or html (default: ${DEFAULT-VALUE})")
    Format format = Format.md;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to this file instead of the standard output (- is the standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        ActorBase actors = ActorBase.configured();
        Optional<String> a = state(actors, first);
        Optional<String> b = state(actors, second);
        for (var pair : java.util.List.of(java.util.Map.entry(first, a), java.util.Map.entry(second, b))) {
            if (pair.getValue().isEmpty()) {
                System.err.println("entente: unknown state \"" + pair.getKey()
                        + "\": give an ISO alpha-3 code (CHN) or a name (Chine, China)");
                return 2;
            }
        }
        if (a.get().equals(b.get())) {
            System.err.println("entente: \"" + first + "\" and \"" + second + "\" are the same state (" + a.get() + ")");
            return 2;
        }
        Dossier dossier;
        try (Store store = Store.openReadOnly(db.file)) {
            dossier = Dossier.of(new Queries(store), a.get(), b.get(),
                    id -> actors.byId(id).map(Actor::name).orElse(id));
        }
        String text = format == Format.html ? dossier.toHtml() : dossier.toMarkdown();
        OutputTarget target = new OutputTarget(out == null ? Path.of("-") : out);
        target.write(os -> os.write(text.getBytes(StandardCharsets.UTF_8)));
        if (!target.isStdout()) {
            System.err.println("entente: dossier written to " + target.describe());
        }
        System.err.printf("entente: %d event(s) between %s and %s%n", dossier.events(), dossier.a(), dossier.b());
        return 0;
    }

    /**
     * A state code from a code, a French name as the actor linker reads it in articles ("Chine",
     * "la Chine"), or an English canonical name ("China").
     */
    static Optional<String> state(ActorBase actors, String given) {
        String g = given.strip();
        if (g.length() == 3 && actors.state(g.toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            return Optional.of(g.toUpperCase(java.util.Locale.ROOT));
        }
        List<ActorMention> mentions = new ActorLinker(actors).link(new SentenceSplitter(new Tokenizer()).split(g), null);
        if (mentions.size() == 1 && mentions.get(0).kind() == MentionKind.STATE_NAME) {
            return Optional.ofNullable(mentions.get(0).country());
        }
        String folded = Normalizer.fold(g);
        return actors.actors().stream().filter(x -> x.kind() == ActorKind.STATE && Normalizer.fold(x.name()).equals(folded))
                .map(Actor::id).findFirst();
    }
}
