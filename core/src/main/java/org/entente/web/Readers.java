package org.entente.web;

import org.entente.store.Queries;
import org.entente.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Reader connections for request threads: each request borrows a duplicate of the store's
 * connection ({@link Store#reader()}) and gives it back, so reads run in parallel without two
 * threads ever sharing one DuckDB connection. The pool grows to the number of concurrent requests.
 */
final class Readers implements AutoCloseable {
    private final Store store;
    private final ConcurrentLinkedQueue<Queries> idle = new ConcurrentLinkedQueue<>();
    private final List<Store> opened = new ArrayList<>();
    private boolean closed;

    Readers(Store store) {
        this.store = store;
    }

    <T> T with(Function<Queries, T> work) {
        Queries q = idle.poll();
        if (q == null) {
            q = open();
        }
        try {
            return work.apply(q);
        } finally {
            idle.offer(q);
        }
    }

    private synchronized Queries open() {
        if (closed) {
            throw new IllegalStateException("the server is stopping");
        }
        Store reader = store.reader();
        opened.add(reader);
        return new Queries(reader);
    }

    @Override
    public synchronized void close() {
        closed = true;
        idle.clear();
        for (Store s : opened) {
            s.close();
        }
        opened.clear();
    }
}
