package org.entente.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Everything a store holds, as sorted text lines, minus what differs between runs by nature (time of ingest, row sequence). */
final class StoreDump {
    private StoreDump() {
    }

    static List<String> of(Store store) {
        List<String> lines = new ArrayList<>();
        String[][] tables = {
                {"articles", "id, hash, origin, source, url, title, published, published_by, text, sentence_starts, sentence_ends, sentence_cp_starts, sentence_cp_ends"},
                {"sentences", "*"}, {"mentions", "*"}, {"actors", "*"}, {"actor_roles", "*"}, {"reports", "*"},
                {"events", "*"}, {"event_countries", "*"}, {"event_actors", "*"}, {"event_sources", "*"}, {"commitments", "*"}};
        store.read(c -> {
            for (String[] t : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + t[1] + " FROM " + t[0])) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(t[0]).append(':');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        rows.add(b.toString());
                    }
                    rows.sort(null);
                    lines.addAll(rows);
                }
            }
            return null;
        });
        return lines;
    }
}
