package org.entente.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;

/**
 * An immutable set that keeps insertion order in one array. A word form's lemmas and tags are a
 * handful of strings, and an article holds one form per token: hash sets cost several hundred
 * bytes each for what a few references say, and a long article kept gigabytes of them alive.
 * Membership is a linear scan, which for a handful of elements is as fast as hashing.
 */
final class OrderedSet extends AbstractSet<String> {
    private static final OrderedSet EMPTY = new OrderedSet(new String[0]);

    private final String[] elements;

    private OrderedSet(String[] elements) {
        this.elements = elements;
    }

    /** The distinct elements of {@code c} in its iteration order; {@code c} itself if it is one already. */
    static OrderedSet copyOf(Collection<String> c) {
        if (c instanceof OrderedSet o) {
            return o;
        }
        if (c.isEmpty()) {
            return EMPTY;
        }
        String[] distinct = new LinkedHashSet<>(c).toArray(new String[0]);
        for (String s : distinct) {
            if (s == null) {
                throw new NullPointerException("null element");
            }
        }
        return new OrderedSet(distinct);
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean contains(Object o) {
        for (String s : elements) {
            if (s.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            public String next() {
                if (next >= elements.length) {
                    throw new NoSuchElementException();
                }
                return elements[next++];
            }
        };
    }
}
