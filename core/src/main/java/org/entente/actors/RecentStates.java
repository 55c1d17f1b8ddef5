package org.entente.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

/**
 * The states an article has mentioned, most recent first, for what names no state itself: "son
 * homologue" is of the other state, "les deux présidents" are of the last two. At most one entry
 * per state, so a mention costs at most the number of states however long the article.
 */
final class RecentStates {
    private final LinkedList<String> states = new LinkedList<>();

    void mentioned(String iso) {
        states.remove(iso);
        states.addFirst(iso);
    }

    /** The most recent state other than {@code exclude}, or null. */
    String otherThan(String exclude) {
        for (String s : states) {
            if (!s.equals(exclude)) {
                return s;
            }
        }
        return null;
    }

    /** The two most recent states (fewer if fewer were mentioned), in code order. */
    List<String> lastTwo() {
        List<String> out = new ArrayList<>();
        for (String s : states) {
            if (out.size() < 2) {
                out.add(s);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
