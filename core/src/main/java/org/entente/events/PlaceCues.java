package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.Span;
import org.entente.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cues of {@code place-cues.tsv}: whether a city named in a sentence is where its event happened. */
final class PlaceCues {
    private final Set<String> locative;
    private final Set<String> sites;

    private PlaceCues(Set<String> locative, Set<String> sites) {
        this.locative = Set.copyOf(locative);
        this.sites = Set.copyOf(sites);
    }

    static PlaceCues load() {
        Set<String> locative = new HashSet<>();
        Set<String> sites = new HashSet<>();
        for (RuleFile.Line line : RuleFile.read("place-cues.tsv")) {
            String[] c = line.columns();
            (c[0].equals("LOCATIVE") ? locative : sites).add(Normalizer.fold(c[1].strip()));
        }
        return new PlaceCues(locative, sites);
    }

    boolean isWhereItHappened(LemmatizedSentence s, Span place) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < place.start()) {
            i++;
        }
        if (i == 0) {
            return true; // a dateline or a sentence opening with the city: "PÉKIN, 6 avril —"
        }
        String before = tokens.get(i - 1).norm();
        if (locative.contains(before)) {
            return true;
        }
        return (before.equals("de") || before.equals("d'") || before.equals("du")) && i >= 2
                && sites.contains(tokens.get(i - 2).norm());
    }
}
