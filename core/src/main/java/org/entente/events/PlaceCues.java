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
    /** Seats of power by folded name, and the English name of the city they are in. */
    private final java.util.Map<String, String> seatCities;
    private final Set<String> articles;
    private final Set<String> stops;

    private PlaceCues(Set<String> locative, Set<String> sites, java.util.Map<String, String> seatCities, Set<String> articles,
                      Set<String> stops) {
        this.articles = Set.copyOf(articles);
        this.stops = Set.copyOf(stops);
        this.locative = Set.copyOf(locative);
        this.sites = Set.copyOf(sites);
        this.seatCities = java.util.Map.copyOf(seatCities);
    }

    static PlaceCues load() {
        Set<String> locative = new HashSet<>();
        Set<String> sites = new HashSet<>();
        java.util.Map<String, String> seatCities = new java.util.HashMap<>();
        Set<String> articles = new HashSet<>();
        Set<String> stops = new HashSet<>();
        for (RuleFile.Line line : RuleFile.read("place-cues.tsv")) {
            String[] c = line.columns();
            if (c[0].equals("SEAT_CITY")) {
                seatCities.put(Normalizer.fold(c[1].strip()), c[2].strip());
            } else if (c[0].equals("ARTICLE")) {
                articles.add(Normalizer.fold(c[1].strip()));
            } else if (c[0].equals("STOP")) {
                stops.add(Normalizer.fold(c[1].strip()));
            } else {
                (c[0].equals("LOCATIVE") ? locative : sites).add(Normalizer.fold(c[1].strip()));
            }
        }
        return new PlaceCues(locative, sites, seatCities, articles, stops);
    }

    /** The place is another stop of a tour, told right after a STOP word: "Après Lima, elle s'est rendue à Quito". */
    boolean isAnotherStop(LemmatizedSentence s, Span place) {
        int i = s.tokenAt(place.start());
        return i > 0 && stops.contains(Normalizer.fold(s.tokens().get(i - 1).norm()));
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

    /**
     * The city of a seat of power the sentence places the event in ("à l'Élysée" is Paris, "au
     * Kremlin" Moscow), or null.
     */
    String seatCity(LemmatizedSentence s, Span seat, String surface) {
        String city = seatCities.get(Normalizer.fold(surface));
        if (city == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < seat.start()) {
            i++;
        }
        // "à l'Élysée", "à la Maison Blanche": over the article.
        if (i > 0 && articles.contains(tokens.get(i - 1).norm())) {
            i--;
        }
        return i > 0 && locative.contains(tokens.get(i - 1).norm()) ? city : null;
    }
}
