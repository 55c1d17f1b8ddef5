package org.entente.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema changes: {@code store/migrations/index.txt} lists the SQL files in order; the
 * n-th file brings the store to version n. Each is applied once, in its own transaction, and
 * recorded in {@code schema_version}, so a store written by an older Entente is upgraded in place
 * and a newer one is refused rather than misread.
 */
final class Migrations {
    private static final String DIR = "/org/entente/store/migrations/";

    private Migrations() {
    }

    static List<String> files() {
        List<String> files = new ArrayList<>();
        try (BufferedReader r = open("index.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store migrations", e);
        }
        return files;
    }

    /** Brings the store up to the latest version; returns that version. */
    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, file VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL)");
        }
        int current = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            current = rs.getInt(1);
        }
        List<String> files = files();
        if (current > files.size()) {
            throw new StoreException("the store is at schema version " + current + " but this Entente knows only up to "
                    + files.size() + ": use a newer Entente");
        }
        for (int v = current + 1; v <= files.size(); v++) {
            String file = files.get(v - 1);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(file))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (" + v + ", '" + file.replace("'", "") + "', now())");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new StoreException("store migration " + file + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return files.size();
    }

    private static BufferedReader open(String name) {
        InputStream in = Migrations.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new StoreException("missing resource " + DIR + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String read(String file) {
        StringBuilder b = new StringBuilder();
        try (BufferedReader r = open(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                int comment = line.indexOf("--");
                b.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file, e);
        }
        return b.toString();
    }

    /** Splits a script on the semicolons that end statements (the scripts hold no string literals with ';'). */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
