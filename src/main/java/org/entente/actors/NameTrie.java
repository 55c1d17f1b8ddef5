package org.entente.actors;

import org.entente.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised token sequences: finding every dictionary name in a sentence costs one
 * walk per token, whatever the size of the dictionary.
 *
 * @param <V> what a name stands for
 */
final class NameTrie<V> {
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<V> values = new ArrayList<>();
    }

    /** A dictionary name found in a token list: tokens [first, last] and what it stands for. */
    record Match<V>(int first, int last, List<V> values) {
    }

    private final Node<V> root = new Node<>();

    void put(List<String> normTokens, V value) {
        if (normTokens.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String t : normTokens) {
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** The longest name starting at token {@code start}, or null. */
    Match<V> longestAt(List<Token> tokens, int start) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = start; i < tokens.size(); i++) {
            n = n.next.get(tokens.get(i).norm());
            if (n == null) {
                break;
            }
            if (!n.values.isEmpty()) {
                best = new Match<>(start, i, List.copyOf(n.values));
            }
        }
        return best;
    }
}
