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
    private final Set<String> destinations;
    private final Set<String> destinationSites;
    private final Set<String> inState;
    private final Set<String> stopJoiners;
    private final Set<String> inside;

    private PlaceCues(java.util.Map<String, Set<String>> words, java.util.Map<String, String> seatCities) {
        this.articles = Set.copyOf(words.getOrDefault("ARTICLE", Set.of()));
        this.stops = Set.copyOf(words.getOrDefault("STOP", Set.of()));
        this.destinations = Set.copyOf(words.getOrDefault("DESTINATION", Set.of()));
        this.destinationSites = Set.copyOf(words.getOrDefault("DESTINATION_SITE", Set.of()));
        this.inState = Set.copyOf(words.getOrDefault("IN_STATE", Set.of()));
        this.stopJoiners = Set.copyOf(words.getOrDefault("STOP_JOINER", Set.of()));
        this.inside = Set.copyOf(words.getOrDefault("INSIDE", Set.of()));
        this.locative = Set.copyOf(words.getOrDefault("LOCATIVE", Set.of()));
        this.sites = Set.copyOf(words.getOrDefault("SITE", Set.of()));
        this.seatCities = java.util.Map.copyOf(seatCities);
    }

    static PlaceCues load() {
        java.util.Map<String, Set<String>> words = new java.util.HashMap<>();
        java.util.Map<String, String> seatCities = new java.util.HashMap<>();
        for (RuleFile.Line line : RuleFile.read("place-cues.tsv")) {
            String[] c = line.columns();
            if (c[0].equals("SEAT_CITY")) {
                seatCities.put(Normalizer.fold(c[1].strip()), c[2].strip());
            } else {
                words.computeIfAbsent(c[0], k -> new HashSet<>()).add(Normalizer.fold(c[1].strip()));
            }
        }
        return new PlaceCues(words, seatCities);
    }

    /**
     * The place is where a visit goes: a DESTINATION word before it, an ARTICLE or "les" allowed
     * between ("vers la capitale", "pour l'Inde"), or a DESTINATION_SITE and its "de" ("l'aéroport
     * d'Asmara").
     */
    boolean goesTo(LemmatizedSentence s, Span place) {
        int k = s.tokenAt(place.start()) - 1;
        if (k >= 1 && OF.contains(Normalizer.fold(s.tokens().get(k).norm()))
                && destinationSites.contains(Normalizer.fold(s.tokens().get(k - 1).norm()))) {
            return true;
        }
        if (k >= 0 && (articles.contains(Normalizer.fold(s.tokens().get(k).norm())) || "les".equals(s.tokens().get(k).norm()))) {
            k--;
        }
        return k >= 0 && destinations.contains(Normalizer.fold(s.tokens().get(k).norm()));
    }

    /** A word that joins the stops of one trip's list ("au Japon, en Corée puis en Inde"), or a destination word. */
    boolean joinsStops(Token t) {
        String n = Normalizer.fold(t.norm());
        return stopJoiners.contains(n) || destinations.contains(n) || articles.contains(n) || "les".equals(n);
    }

    /** A state right after an IN_STATE word is where someone is: "en Chine", "au Soudan". */
    boolean isInState(LemmatizedSentence s, Span place) {
        int k = s.tokenAt(place.start()) - 1;
        return k >= 0 && inState.contains(Normalizer.fold(s.tokens().get(k).norm()));
    }

    /**
     * The place is said to be where someone is, an INSIDE word before it, articles and site nouns
     * between ("dans la capitale péruvienne", "dans le palais présidentiel de").
     */
    boolean isInside(LemmatizedSentence s, Span place) {
        int k = s.tokenAt(place.start()) - 1;
        while (k >= 0 && (articles.contains(Normalizer.fold(s.tokens().get(k).norm()))
                || sites.contains(Normalizer.fold(s.tokens().get(k).norm()))
                || OF.contains(Normalizer.fold(s.tokens().get(k).norm())))) {
            k--;
        }
        return k >= 0 && inside.contains(Normalizer.fold(s.tokens().get(k).norm()));
    }

    private static final Set<String> OF = Set.of("de", "d'", "du");

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
