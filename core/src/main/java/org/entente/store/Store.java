package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded store: one DuckDB file, opened through its JDBC driver, brought to the current
 * schema version on open. One process writes to a file at a time (DuckDB locks it).
 *
 * <p>Everything a run writes about one article happens in one transaction ({@link #inTransaction}),
 * so a process killed at any moment leaves either the whole article or none of it.
 */
public final class Store implements AutoCloseable {
    /** Where the store lives when no {@code --db} is given: the working directory. */
    public static final Path DEFAULT_FILE = Path.of("entente.duckdb");

    private final Path file;
    private final Connection connection;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the store, creating it if the file does not exist yet. */
    public static Store open(Path file) {
        return open(file, false);
    }

    /** Opens an existing store without the right to change it (queries, the web server). */
    public static Store openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException("no store at " + file + ": run `entente ingest PATH... --db " + file + "` first");
        }
        return open(file, true);
    }

    private static Store open(Path file, boolean readOnly) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            java.util.Properties p = new java.util.Properties();
            if (readOnly) {
                p.setProperty("duckdb.read_only", "true");
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs, p);
            try {
                verify(c);
                if (!readOnly) {
                    Migrations.apply(c);
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Store(abs, c);
        } catch (SQLException e) {
            if (isCorruption(e)) {
                throw corrupt(abs, e);
            }
            String m = e.getMessage() == null ? "" : e.getMessage();
            boolean locked = m.contains("Could not set lock") || m.contains("Conflicting lock");
            throw new StoreException("cannot open the store " + abs + ": " + firstLine(m)
                    + (locked ? " (is another Entente using it?)" : ""), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every row of every table once, so that a damaged block is found now, before anything
     * is written on top of it, rather than by whichever later query happens to touch it. DuckDB
     * checks a block's checksum when it reads the block; free blocks are never read and need no
     * check (they are rewritten whole when reused). Costs one scan of the store.
     */
    private static void verify(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            // hash(COLUMNS(*)) makes DuckDB read every column, which count(*) alone would not.
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT bit_xor(hash(COLUMNS(*))) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
            }
        }
    }

    /** DuckDB's words for a file whose bytes are not what it wrote. */
    static boolean isCorruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Corrupt database file") || m.contains("not a valid DuckDB database file")
                    || m.contains("checksum") || m.contains("Failed to deserialize") || m.contains("Serialization Error"))) {
                return true;
            }
        }
        return false;
    }

    /** The advice for a damaged store: no rerun mends it, and nothing may be written on it. */
    static StoreException corrupt(Path file, Throwable e) {
        if (String.valueOf(e.getMessage()).contains("not a valid DuckDB database file")) {
            // Perhaps no store at all (--db pointing at the wrong file): it is left as it is, and not to be deleted.
            return new StoreException(file + " is not an Entente store, or its first bytes are damaged; nothing was written. "
                    + "Check --db; if this is your store, restore it from a backup, or ingest the articles again "
                    + "into a new store (--db NEW_FILE).", e);
        }
        return new StoreException("the store " + file + " is damaged (" + firstLine(e.getMessage()) + "); nothing was written. "
                + "Restore it from a backup, or ingest the articles again into a new store (--db NEW_FILE) "
                + "and then delete this one.", e);
    }

    public Path file() {
        return file;
    }

    /**
     * A store of its own for one reader thread, on the database this one has open: a DuckDB
     * connection must not run statements from several threads at once, and a second process
     * cannot open the file, so concurrent readers (the web server) each take a duplicate of the
     * connection. Duplicates are cheap and see every write committed through this store. Writes
     * stay on this store's own connection, which its user must serialise. Closing the returned
     * store closes only the duplicate; close it before this one.
     */
    public Store reader() {
        try {
            return new Store(file, connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate());
        } catch (SQLException e) {
            if (isCorruption(e)) {
                throw corrupt(file, e);
            }
            throw new StoreException("store " + file + ": cannot open a reader: " + firstLine(e.getMessage()), e);
        }
    }

    /** The connection, for the classes of this package and for read-only queries. */
    Connection connection() {
        return connection;
    }

    /** Work that writes through the connection; it may throw SQLException. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        return isCorruption(e) ? corrupt(file, e) : new StoreException("store " + file + ": " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the store " + file + ": " + firstLine(e.getMessage()), e);
        }
    }
}
