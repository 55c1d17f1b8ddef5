package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.WordForm;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Negation and plans around a trigger, from the cues of {@code modality.tsv} and verb tense. */
public final class Modality {
    private record Cue(Set<String> lemmas, int window) {
        boolean matches(WordForm f) {
            return f.lemmas().stream().anyMatch(lemmas::contains);
        }
    }

    private final Map<String, Cue> cues;
    private final Words words = Words.load();

    private Modality(Map<String, Cue> cues) {
        this.cues = Map.copyOf(cues);
        for (String needed : new String[] {"NEG_OPEN", "NEG_CLOSE", "PLANNED"}) {
            if (!cues.containsKey(needed)) {
                throw new IllegalStateException("modality.tsv lacks " + needed);
            }
        }
    }

    public static Modality load() {
        Map<String, Cue> cues = new HashMap<>();
        for (RuleFile.Line line : RuleFile.read("modality.tsv")) {
            String[] c = line.columns();
            Set<String> words = java.util.Arrays.stream(c[1].split("\\|")).map(Normalizer::fold)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            cues.put(c[0].trim(), new Cue(words, c.length > 2 ? Integer.parseInt(c[2].trim()) : 3));
        }
        return new Modality(cues);
    }

    public boolean isNegated(LemmatizedSentence s, int first, int last) {
        Cue open = cues.get("NEG_OPEN");
        Cue close = cues.get("NEG_CLOSE");
        for (int i = Math.max(0, first - open.window()); i < first; i++) {
            if (open.matches(s.forms().get(i))) {
                for (int j = i + 1; j <= Math.min(s.size() - 1, Math.max(last, i + close.window())); j++) {
                    if (close.matches(s.forms().get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a party's announcement governs the trigger ("a annoncé la visite de"). */
    public boolean isAnnounced(LemmatizedSentence s, int first) {
        Cue announced = cues.get("ANNOUNCED");
        if (announced == null) {
            return false;
        }
        for (int i = Math.max(0, first - announced.window()); i < first; i++) {
            if (announced.matches(s.forms().get(i))
                    && (i == 0 || !words.is("DETERMINER", s.tokens().get(i - 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger reports something to come rather than something that happened. */
    public boolean isPlanned(LemmatizedSentence s, int first, int last) {
        Cue planned = cues.get("PLANNED");
        for (int i = Math.max(0, first - planned.window()); i <= last; i++) {
            WordForm f = s.forms().get(i);
            if (f.isFuture() || (f.isConditional() && i >= first - 2)) {
                return true;
            }
            if (i < first && planned.matches(f)) {
                return true;
            }
        }
        return false;
    }
}
