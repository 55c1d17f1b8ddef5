package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.Span;
import org.entente.text.Token;
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

    /**
     * True when the trigger is denied, called off, avoided, hypothetical or wished ("a démenti
     * avoir rencontré", "si la rencontre a lieu"): such a trigger reports no event at all.
     */
    public boolean isUnreal(LemmatizedSentence s, int first) {
        Cue question = cues.get("QUESTION");
        if (question != null && question.lemmas().contains(lastMark(s))) {
            return true;
        }
        Cue unreal = cues.get("UNREAL");
        if (unreal != null && before(s, first, unreal)) {
            return true;
        }
        Cue urge = cues.get("URGE");
        if (urge != null) {
            for (int i = Math.max(0, first - urge.window()); i < first; i++) {
                if (urge.matches(s.forms().get(i))) {
                    for (int j = i + 1; j < first; j++) {
                        if ("a".equals(s.tokens().get(j).norm())) {
                            return true;
                        }
                    }
                }
            }
        }
        Cue condition = cues.get("CONDITION");
        if (condition != null) {
            for (int i = Math.max(0, first - condition.window()); i < first; i++) {
                String n = s.tokens().get(i).norm();
                boolean si = condition.lemmas().contains(n)
                        || n.startsWith("s'") && n.length() == 2 && i + 1 < s.size() && s.tokens().get(i + 1).norm().startsWith("il");
                if (si && (i == 0 || !"meme".equals(s.tokens().get(i - 1).norm()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a verb governing the trigger's infinitive says of its act. */
    enum Mood {
        /** Avoided, denied, called off: no event. */
        UNREAL,
        /** Wanted, hoped for: a plan. */
        WISH
    }

    /**
     * The mood that a verb taking the trigger's predicate as infinitive complement, however far
     * up the parse ("souhaite ainsi éviter de rencontrer X lors de sa visite"), gives its act: the
     * nearest such verb of the UNREAL or WISH cues decides; null when none is one.
     */
    Mood governingMood(LemmatizedSentence s, RuleHit h, Clause clause) {
        for (org.entente.text.Span g : clause.infinitiveGovernors()) {
            int i = s.tokenAt(g.start());
            if (i >= s.size() || i >= h.first() && i <= h.last()) {
                continue;
            }
            for (Mood mood : Mood.values()) {
                Cue c = cues.get(mood.name());
                if (c != null && c.matches(s.forms().get(i))) {
                    return mood;
                }
            }
        }
        return null;
    }

    /** The trigger's verb, possibly after its reflexive pronoun ("se rendre"), is an infinitive. */
    private static boolean infinitive(LemmatizedSentence s, int first) {
        for (int i = first; i < Math.min(s.size(), first + 2); i++) {
            if (s.forms().get(i).isInfinitive()) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's last token that is not a closing quote or bracket. */
    private static String lastMark(LemmatizedSentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            String n = s.tokens().get(i).norm();
            if (!n.equals("\"") && !n.equals("\u00bb") && !n.equals(")") && !n.equals("\u201d")) {
                return n;
            }
        }
        return "";
    }

    private static boolean before(LemmatizedSentence s, int first, Cue cue) {
        for (int i = Math.max(0, first - cue.window()); i < first; i++) {
            if (cue.matches(s.forms().get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun trigger told by its own past participle ("le traité conclu en 2010", "les traités de
     * paix conclus avec l'Egypte"): the participle is the trigger's verb, and what it tells is done.
     */
    static boolean toldByItsParticiple(LemmatizedSentence s, int first, int last) {
        return last > first && s.forms().get(last).isPastParticiple() && s.forms().get(first).canBeNoun();
    }

    /** True when the trigger reports something to come rather than something that happened. */
    public boolean isPlanned(LemmatizedSentence s, int first, int last) {
        return isPlanned(s, first, last, false);
    }

    /**
     * As {@link #isPlanned(LemmatizedSentence, int, int)}; with {@code statement}, a participle of
     * STATEMENT_DONE ("l'accord de normalisation annoncé le 13 août") tells that the statement was
     * made, not that it is to come.
     */
    public boolean isPlanned(LemmatizedSentence s, int first, int last, boolean statement) {
        if (first > 0 && words.is("DETERMINER", s.tokens().get(first - 1).norm())) {
            Cue after = cues.get("PLANNED_AFTER");
            Cue participle = cues.get("PLANNED_PARTICIPLE");
            Cue done = statement ? cues.get("STATEMENT_DONE") : null;
            int reach = Math.max(after == null ? 0 : after.window(), participle == null ? 0 : participle.window());
            for (int i = last + 1; i < Math.min(s.size(), last + 1 + reach); i++) {
                WordForm f = s.forms().get(i);
                if (after != null && i <= last + after.window() && after.matches(f)
                        || participle != null && i <= last + participle.window() && f.isPastParticiple() && participle.matches(f)
                        && (done == null || !done.matches(f))) {
                    return true;
                }
            }
        }
        Cue ahead = cues.get("AHEAD");
        if (ahead != null) {
            for (int i = Math.max(0, first - ahead.window()); i < last; i++) {
                if (ahead.matches(s.forms().get(i))) {
                    int j = i + 1;
                    while (j < last && (s.tokens().get(j).norm().equals("de") || s.tokens().get(j).norm().equals("d'"))) {
                        j++; // "à la veille de la visite", "à quelques heures d'un sommet"
                    }
                    if (j < last && words.is("DETERMINER", s.tokens().get(j).norm())) {
                        return true;
                    }
                }
            }
        }
        Cue purpose = cues.get("PURPOSE");
        if (purpose != null && infinitive(s, first) && before(s, first, purpose)) {
            return true;
        }
        Cue planned = cues.get("PLANNED");
        int from = Math.max(0, first - planned.window());
        if (toldByItsParticiple(s, first, last)) {
            // "renouveler le traité conclu en 2010": the cue governs the noun's verb, not the
            // participle that tells of the signing.
            from = first;
        }
        for (int i = first - 1; i >= from; i--) {
            if (",".equals(s.tokens().get(i).norm())) {
                from = i + 1; // "le prochain sommet du G7, instance dont est exclue": the cue qualifies another phrase
                break;
            }
        }
        for (int i = from; i <= last; i++) {
            WordForm f = s.forms().get(i);
            if (f.isFuture() || (f.isConditional() && i >= first - 2)) {
                return true;
            }
            // "le programme nucléaire" is no form of "programmer": after a determiner only an
            // adjective counts ("le prochain sommet").
            boolean noun = i > 0 && words.is("DETERMINER", s.tokens().get(i - 1).norm())
                    && !f.canBeAdjective();
            if (i < last && planned.matches(f) && !noun) {
                return true; // before the trigger, or inside it: "présider ~4 sommet" over "préside le prochain sommet"
            }
        }
        // "le prochain sommet", "sa future visite": the adjective qualifies the trigger's own noun.
        Cue adjective = cues.get("PLANNED_ADJECTIVE");
        if (adjective != null) {
            for (int i = Math.max(0, first - adjective.window()); i <= last; i++) {
                if (adjective.matches(s.forms().get(i)) && (i >= first || i == first - 1 || i == first - 2 && !",".equals(s.tokens().get(i + 1).norm()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The trigger's governing verb, outside the trigger's own words, is in the future or conditional. */
    static boolean governedByFuture(LemmatizedSentence ls, RuleHit h, Clause clause) {
        if (Modality.toldByItsParticiple(ls, h.first(), h.last())) {
            // "ferait du Chili le troisième pays, après les traités conclus avec le Pérou": the
            // participle is the trigger's own verb, done; the sentence's verb tells of something else.
            return false;
        }
        Span p = clause.predicate();
        for (int i = 0; i < ls.size(); i++) {
            Token t = ls.tokens().get(i);
            if ((i < h.first() || i > h.last()) && t.start() < p.end() && p.start() < t.end()) {
                return ls.forms().get(i).isFutureOrConditional();
            }
        }
        int verb = ls.tokenAt(p.start());
        if (verb < ls.size() && ls.forms().get(verb).isInfinitive()) {
            // "sera jeudi la première ministre à se rendre à Lima": an infinitive has the
            // tense of what governs it.
            for (Span g : clause.governors()) {
                int i = ls.tokenAt(g.start());
                if (i < ls.size() && (i < h.first() || i > h.last()) && ls.forms().get(i).isFutureOrConditional()) {
                    return true;
                }
            }
        }
        return false;
    }
}
