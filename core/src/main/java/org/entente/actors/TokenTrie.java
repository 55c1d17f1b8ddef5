package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * A trie keyed by token norms: all dictionary phrases are matched in one pass per position, whatever
 * their number, and the caller picks the longest acceptable match.
 */
final class TokenTrie {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        Set<LexEntry> entries;
    }

    /** A phrase found at a position: it covers tokens [from, to). */
    record Match(int from, int to, List<LexEntry> entries) {
    }

    private final Node root = new Node();

    void add(String phrase, LexEntry entry) {
        List<Token> tokens = TOKENIZER.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        List<String> norms = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            norms.add(t.norm());
        }
        addNorms(norms, entry);
    }

    void addNorms(List<String> norms, LexEntry entry) {
        Node n = root;
        for (String norm : norms) {
            n = n.children.computeIfAbsent(norm, k -> new Node());
        }
        if (n.entries == null) {
            n.entries = new LinkedHashSet<>(2);
        }
        n.entries.add(entry);
    }

    /** Every phrase starting at {@code from}, longest first. */
    List<Match> matchesAt(List<Token> tokens, int from) {
        List<Match> out = new ArrayList<>(2);
        Node n = root;
        for (int i = from; i < tokens.size(); i++) {
            n = n.children.get(tokens.get(i).norm());
            if (n == null) {
                break;
            }
            if (n.entries != null) {
                out.add(0, new Match(from, i + 1, List.copyOf(n.entries)));
            }
        }
        return out;
    }
}
