package org.entente.web;

import org.entente.store.SearchIndex;
import org.entente.store.Store;

import java.util.List;

/**
 * The full-text index for the server: opened on the first search (building or updating it can
 * take seconds on a large store), on a reader connection of its own, since the index reads event
 * ids from the store at query time. Searches are serialised on that connection; after an ingest
 * the index is marked stale and reopened, which adds the new articles, on the next search.
 */
final class Search implements AutoCloseable {
    private final Store store;
    private Store reader;
    private SearchIndex index;

    Search(Store store) {
        this.store = store;
    }

    synchronized List<SearchIndex.Hit> hits(String query, int limit) {
        if (index == null) {
            if (reader == null) {
                reader = store.reader();
            }
            index = SearchIndex.open(reader);
        }
        return index.search(query, limit);
    }

    /** The store changed: the next search reopens the index, which brings it up to date. */
    synchronized void stale() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    @Override
    public synchronized void close() {
        stale();
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
