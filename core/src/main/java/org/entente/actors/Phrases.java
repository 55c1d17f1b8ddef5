package org.entente.actors;

import java.util.List;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Token;

/** What the lexicon says starts at a token of a sentence: the phrase lookups every linking job shares. */
final class Phrases {
    private final TokenTrie trie;

    Phrases(TokenTrie trie) {
        this.trie = trie;
    }

    /** Every lexicon phrase starting at token k, longest first. */
    List<Match> at(List<Token> toks, int k) {
        return trie.matchesAt(toks, k);
    }

    /** The longest phrase at k with a reading of this type, or null. */
    Match longest(List<Token> toks, int k, Type type) {
        if (k >= toks.size()) {
            return null;
        }
        for (Match m : trie.matchesAt(toks, k)) {
            if (entry(m, type) != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The longest context word of that use starting at k, or null: "du" is both a locative and
     * "of", so the use is asked for, not the word's first entry.
     */
    Match longestWord(List<Token> toks, int k, String use) {
        if (k >= toks.size()) {
            return null;
        }
        for (Match m : trie.matchesAt(toks, k)) {
            for (LexEntry x : m.entries()) {
                if (x.type() == Type.WORD && use.equals(x.target())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Whether a context word of that use ("OF", "LOCATIVE") starts at k. */
    boolean isWord(List<Token> toks, int k, String use) {
        for (Match m : trie.matchesAt(toks, k)) {
            for (LexEntry x : m.entries()) {
                if (x.type() == Type.WORD && use.equals(x.target())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a lexicon phrase other than a person name starts at k (then it is not a name). */
    boolean startsOther(List<Token> toks, int k) {
        for (Match m : trie.matchesAt(toks, k)) {
            for (LexEntry x : m.entries()) {
                switch (x.type()) {
                    case STATE_NAME, DEMONYM, ORG_NAME, ORG_COMMON_NAME, ORG_ACRONYM, ROLE, TITLE, SEAT, CAPITAL, COUNTERPART -> {
                        return true;
                    }
                    case WORD -> {
                        if (m.to() - m.from() == 1) {
                            return true;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return false;
    }

    /** The match's first reading of this type, or null. */
    static LexEntry entry(Match m, Type type) {
        for (LexEntry x : m.entries()) {
            if (x.type() == type) {
                return x;
            }
        }
        return null;
    }
}
