package org.entente.store;

import java.sql.ResultSet;
import java.sql.Statement;

/** How much a store holds. */
public record StoreStats(long articles, long events) {
    public static StoreStats of(Store store) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
                rs.next();
                return new StoreStats(rs.getLong(1), rs.getLong(2));
            }
        });
    }
}
