package org.entente.events;

import org.entente.text.ParsedSentence;
import org.entente.text.ParsedToken;
import org.entente.text.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a trigger's own clause, from the dependency parse: the subtree of the predicate
 * that governs the trigger, without the relative, adverbial and parenthetical clauses attached
 * to it (a state named there is not a side of this event). A predicate that is a relative
 * clause keeps the noun it qualifies ("le président, qui a rencontré..."); one that is the second
 * of two coordinated verbs, an infinitive or participle clause, or a complement clause keeps its
 * head's subject ("X est arrivé à Lima et a rencontré Y", "X a décidé de se rendre à Y").
 * Offsets point into the article text, like every other stage's.
 */
final class Clause {
    /** Dependents that open a clause of their own. */
    private static final Set<String> CUT = Set.of("acl:relcl", "advcl", "parataxis", "csubj", "discourse", "vocative");
    /**
     * Predicates whose subject is their head's: the second of two coordinated verbs, and
     * infinitive or participle clauses ("Après avoir rencontré Y, X a déclaré", "X a décidé de se
     * rendre à Y").
     */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "acl", "ccomp");
    /** Dependents that carry the coordinated predicates' shared subject. */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl:subj");

    private final List<ParsedToken> tokens;
    private final BitSet in;
    private final Span predicate;
    private final int predicateIndex;

    private Clause(List<ParsedToken> tokens, BitSet in, int predicate) {
        this.tokens = tokens;
        this.in = in;
        this.predicate = tokens.get(predicate).span();
        this.predicateIndex = predicate;
    }

    /** How far up an infinitive's governors are looked for. */
    private static final int GOVERNOR_DEPTH = 4;
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:tense", "aux:pass", "cop");

    /**
     * The words that govern the predicate, nearest first, with their auxiliaries and copula, up to
     * the first verb: what tells the tense of an infinitive ("la ministre sera la première à se
     * rendre à Lima": "sera").
     */
    List<Span> governors() {
        List<Span> out = new ArrayList<>();
        int node = tokens.get(predicateIndex).head();
        for (int depth = 0; depth < GOVERNOR_DEPTH && node >= 0 && node < tokens.size(); depth++) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).head() == node && AUXILIARIES.contains(tokens.get(i).deprel())) {
                    out.add(tokens.get(i).span());
                }
            }
            out.add(tokens.get(node).span());
            if ("VERB".equals(tokens.get(node).upos())) {
                break;
            }
            node = tokens.get(node).head();
        }
        return out;
    }

    /**
     * The verbs whose infinitive complement the predicate is, nearest first ("souhaite éviter de
     * rencontrer": éviter, souhaite): what wishes, avoids or denies the trigger's act.
     */
    List<Span> infinitiveGovernors() {
        List<Span> out = new ArrayList<>();
        int node = predicateIndex;
        for (int depth = 0; depth < GOVERNOR_DEPTH && "xcomp".equals(tokens.get(node).deprel()) && tokens.get(node).head() >= 0; depth++) {
            node = tokens.get(node).head();
            out.add(tokens.get(node).span());
        }
        return out;
    }

    /** Where the verb that governs the trigger is (the trigger itself when it is the verb). */
    Span predicate() {
        return predicate;
    }

    /** The governing verb is one of the trigger's own words ("en s'envolant mardi"), not a verb above it. */
    boolean predicateWithin(Span trigger) {
        return predicate.overlaps(trigger);
    }

    /** The clause of the trigger at {@code trigger}, or null when the parse has no tree. */
    static Clause of(ParsedSentence parse, Span trigger) {
        List<ParsedToken> t = parse.tokens();
        if (t.isEmpty() || t.stream().allMatch(x -> x.head() < 0 && !"root".equals(x.deprel()))) {
            return null; // parsed without depparse
        }
        int anchor = anchor(t, trigger);
        if (anchor < 0) {
            return null;
        }
        int predicate = anchor;
        for (int guard = 0; guard < t.size() && !"VERB".equals(t.get(predicate).upos()) && t.get(predicate).head() >= 0; guard++) {
            predicate = t.get(predicate).head();
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < t.size(); i++) {
            int h = t.get(i).head();
            if (h >= 0 && h < t.size() && h != i) {
                children.get(h).add(i);
            }
        }
        BitSet in = new BitSet(t.size());
        add(predicate, children, t, in, true);
        ParsedToken p = t.get(predicate);
        if (p.head() >= 0 && "acl:relcl".equals(p.deprel())) {
            // "en Pologne où il s'est entretenu avec Y": the noun qualified, and the subject of the
            // clause it belongs to, whom the relative clause's pronoun usually stands for.
            in.set(p.head());
            // "..., où M. Macron s'est entretenu avec Y": a relative clause with a subject of
            // its own, named, does not stand for the outer clause's subject.
            boolean ownSubject = children.get(predicate).stream()
                    .anyMatch(c -> SUBJECTS.contains(t.get(c).deprel()) && !"PRON".equals(t.get(c).upos()));
            if (!ownSubject) {
                addSubjectsOfGoverningVerb(p.head(), children, t, in);
            }
        }
        if (p.head() >= 0 && "acl".equals(p.deprel())) {
            // "le ministre, interrogé lors d'un déplacement à Y", "arrivé à Y pour déjeuner avec
            // Z": a participle or infinitive qualifying a noun has that noun, or the subject of
            // the verb the noun depends on, for subject (the parser often attaches it to a
            // nearby noun rather than to the verb).
            add(p.head(), children, t, in, false);
            addSubjectsOfGoverningVerb(p.head(), children, t, in);
        }
        // "La Serbie a choisi de s'engager à ouvrir un bureau": an infinitive's head without a
        // subject of its own has its head's, as far up as the chain of predicates goes.
        int node = predicate;
        for (int depth = 0; depth < GOVERNOR_DEPTH && t.get(node).head() >= 0 && SHARES_SUBJECT.contains(t.get(node).deprel()); depth++) {
            node = t.get(node).head();
            boolean found = false;
            for (int c : children.get(node)) {
                if (SUBJECTS.contains(t.get(c).deprel())) {
                    add(c, children, t, in, false);
                    found = true;
                }
            }
            if (found) {
                break;
            }
        }
        // The trigger's own words always belong to it, even inside a cut subtree.
        add(anchor, children, t, in, false);
        return new Clause(t, in, predicate);
    }

    /** The subjects of the verb that governs {@code node} (the node itself when it is a verb). */
    private static void addSubjectsOfGoverningVerb(int node, List<List<Integer>> children, List<ParsedToken> t, BitSet in) {
        int outer = node;
        for (int guard = 0; guard < t.size() && !"VERB".equals(t.get(outer).upos()) && t.get(outer).head() >= 0; guard++) {
            outer = t.get(outer).head();
        }
        for (int c : children.get(outer)) {
            if (SUBJECTS.contains(t.get(c).deprel())) {
                add(c, children, t, in, false);
            }
        }
    }

    private static void add(int node, List<List<Integer>> children, List<ParsedToken> t, BitSet in, boolean top) {
        List<Integer> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            int n = stack.remove(stack.size() - 1);
            if (in.get(n)) {
                continue;
            }
            in.set(n);
            for (int c : children.get(n)) {
                if (!CUT.contains(t.get(c).deprel())) {
                    stack.add(c);
                }
            }
        }
    }

    /** The parsed token of the trigger: a verb among those it covers, else a noun, else the first. */
    private static int anchor(List<ParsedToken> t, Span trigger) {
        int first = -1;
        int noun = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().overlaps(trigger)) {
                if ("VERB".equals(t.get(i).upos())) {
                    return i;
                }
                if (noun < 0 && "NOUN".equals(t.get(i).upos())) {
                    noun = i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return noun >= 0 ? noun : first;
    }

    /** Whether some word of the span belongs to the clause. */
    boolean covers(Span span) {
        for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
            if (tokens.get(i).span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
