package org.entente.store;

import org.entente.actors.Actor;
import org.entente.actors.ActorBase;
import org.entente.actors.ActorMention;
import org.entente.actors.Tenure;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.Participant;
import org.entente.events.Standards;
import org.entente.export.EventRow;
import org.entente.ingest.Article;
import org.entente.merge.DateSpan;
import org.entente.merge.EventMerger;
import org.entente.pipeline.ArticleResult;
import org.entente.text.LemmatizedSentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes processed articles into the store and keeps the merged
 * events up to date as they arrive: the article's own events join the reports of their block
 * (type and country pair, {@link EventMerger#blockKey}), and only the touched blocks are merged
 * again, with the very rules {@code extract} uses.
 *
 * <p>An article whose id is stored with the same content hash is skipped before any processing
 * ({@link #isStored}); one stored with another hash is replaced, its old events taken out of the
 * merge. Every article is written whole inside one transaction; several articles may share one
 * (group commit: a commit costs a disk flush, about ten times the work of storing a general-news
 * article). Not thread-safe: one writer per store.
 */
public final class ArticleWriter implements AutoCloseable {
    /** What happened to one article. */
    public enum Outcome { ADDED, REPLACED }

    private final Store store;
    private final ActorBase actors;
    private final EventMerger merger = new EventMerger();
    private final Standards standards = Standards.load();
    private final EventCodec codec = new EventCodec();
    private final Map<String, String> hashes = new HashMap<>();
    private final Set<String> storedActors = new HashSet<>();
    /** Reports of the blocks touched in this run, in merge order; read from the store once per block. */
    private final Map<String, List<Report>> blocks = new HashMap<>();

    private record Report(String articleId, Event event) {
    }

    private final int batchSize;
    private final long batchNanos;
    /** The articles of the open transaction, to write again if one of them fails. */
    private final List<ArticleResult> pending = new ArrayList<>();
    /** Blocks as they were when the open transaction first touched them (null: read inside it). */
    private final Map<String, List<Report>> saved = new HashMap<>();
    private final Set<String> touched = new TreeSet<>();
    private final Map<String, String> hashesBefore = new HashMap<>();
    private final Set<String> actorsPending = new HashSet<>();
    private long batchStarted;

    /** A writer that commits every article in a transaction of its own. */
    public ArticleWriter(Store store, ActorBase actors) {
        this(store, actors, 1, 0);
    }

    /**
     * @param batchSize   at most this many articles per transaction; each article is always whole
     *                    inside one transaction, so a crash loses at most the open batch, which a
     *                    rerun adds again
     * @param batchMillis commit an open batch older than this, so a slow feed is stored promptly
     */
    public ArticleWriter(Store store, ActorBase actors, int batchSize, long batchMillis) {
        this.store = store;
        this.actors = actors;
        this.batchSize = Math.max(1, batchSize);
        this.batchNanos = Math.max(0, batchMillis) * 1_000_000L;
        store.read(c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id, hash FROM articles")) {
                    while (rs.next()) {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id FROM actors")) {
                    while (rs.next()) {
                        storedActors.add(rs.getString(1));
                    }
                }
            }
            return null;
        });
    }

    /** The content hash that tells versions of an article apart: title, URL and cleaned text. */
    public static String hash(Article a) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {a.title(), a.url(), a.text()}) {
                d.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when this very version of the article is already stored. */
    public boolean isStored(Article a) {
        return hash(a).equals(hashes.get(a.id()));
    }

    /**
     * Adds one processed article. It joins the open transaction, which is committed once it holds
     * {@code batchSize} articles or has been open for {@code batchMillis}; call {@link #flush} at
     * the end of a run.
     */
    public Outcome write(ArticleResult result) {
        Connection c = store.connection();
        try {
            if (pending.isEmpty()) {
                c.setAutoCommit(false);
                batchStarted = System.nanoTime();
            }
        } catch (SQLException e) {
            throw new StoreException("store " + store.file() + ": " + Store.firstLine(e.getMessage()), e);
        }
        Outcome outcome;
        try {
            outcome = apply(c, result);
        } catch (SQLException | RuntimeException e) {
            // No savepoints in DuckDB: roll the batch back and write its good articles again.
            List<ArticleResult> redo = List.copyOf(pending);
            abort(c);
            for (ArticleResult r : redo) {
                write(r);
            }
            throw e instanceof StoreException se ? se : new StoreException("store " + store.file() + ": article "
                    + result.facts().article().origin() + " not stored: " + Store.firstLine(e.getMessage()), e);
        }
        pending.add(result);
        if (pending.size() >= batchSize || System.nanoTime() - batchStarted >= batchNanos) {
            flush();
        }
        return outcome;
    }

    /** Merges the touched blocks again and commits the open transaction, if any. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Connection c = store.connection();
        try {
            for (String block : touched) {
                remerge(c, block);
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            abort(c);
            throw new StoreException("store " + store.file() + ": the last " + pending.size()
                    + " article(s) could not be committed and were rolled back (a rerun adds them): "
                    + Store.firstLine(e.getMessage()), e);
        }
        storedActors.addAll(actorsPending);
        actorsPending.clear();
        pending.clear();
        saved.clear();
        touched.clear();
        hashesBefore.clear();
    }

    @Override
    public void close() {
        flush();
    }

    /** Rolls the open transaction back, and the in-memory state with it. */
    private void abort(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("store " + store.file() + ": rollback failed: " + Store.firstLine(e.getMessage()), e);
        } finally {
            saved.forEach((block, before) -> {
                if (before == null) {
                    blocks.remove(block);
                } else {
                    blocks.put(block, before);
                }
            });
            hashesBefore.forEach((id, old) -> {
                if (old == null) {
                    hashes.remove(id);
                } else {
                    hashes.put(id, old);
                }
            });
            actorsPending.clear();
            pending.clear();
            saved.clear();
            touched.clear();
            hashesBefore.clear();
        }
    }

    private Outcome apply(Connection c, ArticleResult result) throws SQLException {
        Article a = result.facts().article();
        String hash = hash(a);
        boolean replacing = hashes.containsKey(a.id());
        if (replacing) {
            touched.addAll(remove(c, a.id()));
        }
        insertArticle(c, result, hash);
        insertMentions(c, a.id(), result.facts().mentions());
        int ord = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports VALUES (?, ?, ?, ?)")) {
            for (Event e : result.events()) {
                String block = EventMerger.blockKey(e);
                ps.setString(1, a.id());
                ps.setInt(2, ord++);
                ps.setString(3, block);
                ps.setString(4, codec.write(e));
                ps.addBatch();
                reports(c, block).add(new Report(a.id(), e));
                touched.add(block);
            }
            ps.executeBatch();
        }
        if (!hashesBefore.containsKey(a.id())) {
            hashesBefore.put(a.id(), hashes.get(a.id()));
        }
        hashes.put(a.id(), hash);
        return replacing ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** Takes an older version of an article out of the store; returns the blocks its events were in. */
    private Set<String> remove(Connection c, String id) throws SQLException {
        Set<String> touched = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT block FROM reports WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    touched.add(rs.getString(1));
                }
            }
        }
        for (String block : touched) {
            reports(c, block).removeIf(r -> r.articleId().equals(id));
        }
        for (String table : List.of("reports", "mentions", "articles")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE "
                    + ("articles".equals(table) ? "id" : "article_id") + " = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        return touched;
    }

    private void insertArticle(Connection c, ArticleResult r, String hash) throws SQLException {
        Article a = r.facts().article();
        List<LemmatizedSentence> sentences = r.facts().sentences();
        Integer[] starts = new Integer[sentences.size()];
        Integer[] ends = new Integer[sentences.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).sentence().start();
            ends[i] = sentences.get(i).sentence().end();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles VALUES (nextval('article_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::INTEGER[], ?::INTEGER[])")) {
            ps.setString(1, a.id());
            ps.setString(2, hash);
            ps.setString(3, a.origin());
            ps.setString(4, a.source());
            ps.setString(5, a.url());
            ps.setString(6, a.title());
            var pub = r.facts().published();
            ps.setString(7, pub == null ? null : pub.value());
            ps.setString(8, pub == null ? null : pub.provenance());
            ps.setTimestamp(9, new Timestamp(System.currentTimeMillis()));
            ps.setString(10, a.text());
            // The driver cannot bind arrays: they travel as list literals and are cast in SQL.
            ps.setString(11, java.util.Arrays.toString(starts));
            ps.setString(12, java.util.Arrays.toString(ends));
            ps.executeUpdate();
        }
    }

    private void insertMentions(Connection c, String articleId, List<ActorMention> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ActorMention m : mentions) {
                ps.setString(1, articleId);
                ps.setInt(2, m.sentence());
                ps.setInt(3, m.span().start());
                ps.setInt(4, m.span().end());
                ps.setString(5, m.surface());
                ps.setString(6, m.kind().name());
                ps.setString(7, m.country());
                ps.setString(8, m.actor() == null ? null : m.actor().id());
                ps.setString(9, m.role() == null ? null : m.role().name());
                ps.addBatch();
                if (m.actor() != null) {
                    ensureActor(c, m.actor().id());
                }
            }
            ps.executeBatch();
        }
    }

    private void ensureActor(Connection c, String id) throws SQLException {
        if (id == null || storedActors.contains(id) || actorsPending.contains(id)) {
            return;
        }
        var actor = actors.byId(id);
        if (actor.isEmpty()) {
            return;
        }
        Actor x = actor.get();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?)")) {
            ps.setString(1, x.id());
            ps.setString(2, x.kind().name());
            ps.setString(3, x.name());
            ps.setString(4, x.country());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_roles VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Tenure t : actors.tenures(id)) {
                ps.setString(1, id);
                ps.setString(2, t.role().name());
                ps.setString(3, t.country());
                ps.setObject(4, t.start());
                ps.setObject(5, t.end());
                ps.setString(6, t.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Known for good only once committed: a rolled-back batch must not hide the actor from the next one.
        actorsPending.add(id);
    }

    /** The reports of a block in merge order (article order, then order within the article). */
    private List<Report> reports(Connection c, String block) throws SQLException {
        List<Report> cached = blocks.get(block);
        if (cached != null) {
            if (!saved.containsKey(block)) {
                saved.put(block, new ArrayList<>(cached));
            }
            return cached;
        }
        List<Report> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.article_id, r.event FROM reports r "
                + "JOIN articles a ON a.id = r.article_id WHERE r.block = ? ORDER BY a.seq, r.ord")) {
            ps.setString(1, block);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Report(rs.getString(1), codec.read(rs.getString(2))));
                }
            }
        }
        blocks.put(block, list);
        // Read inside the batch's transaction: a rollback must forget it, not restore it.
        saved.putIfAbsent(block, null);
        return list;
    }

    private void remerge(Connection c, String block) throws SQLException {
        List<Event> events = reports(c, block).stream().map(Report::event).toList();
        List<Event> merged = merger.merge(events);
        List<String> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM events WHERE block = ?")) {
            ps.setString(1, block);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
        }
        for (String table : List.of("event_sources", "event_actors", "event_countries", "events")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE event_id = ?")) {
                for (String id : old) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        Map<String, EventRow.Source> sources = sources(c, merged);
        for (Event e : merged) {
            insertEvent(c, block, e, sources);
        }
    }

    private Map<String, EventRow.Source> sources(Connection c, List<Event> events) throws SQLException {
        Set<String> docs = new LinkedHashSet<>();
        for (Event e : events) {
            for (EventMention m : e.mentions()) {
                docs.add(m.doc());
            }
        }
        Map<String, EventRow.Source> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT url, published FROM articles WHERE id = ?")) {
            for (String doc : docs) {
                ps.setString(1, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(doc, new EventRow.Source(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }

    private void insertEvent(Connection c, String block, Event e, Map<String, EventRow.Source> sources) throws SQLException {
        EventRow row = EventRow.of(e, standards, sources::get);
        DateSpan span = DateSpan.of(e.date());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<Object> values = row.values();
            ps.setString(1, row.eventId());
            ps.setString(2, block);
            for (int i = 1; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    ps.setNull(i + 2, Types.VARCHAR);
                } else {
                    ps.setObject(i + 2, v);
                }
            }
            int n = values.size() + 2;
            ps.setString(n, e.key());
            ps.setString(n + 1, span == null ? null : span.from());
            ps.setString(n + 2, span == null ? null : span.to());
            ps.setString(n + 3, codec.write(e));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_countries VALUES (?, ?)")) {
            for (String country : e.countries()) {
                ps.setString(1, e.id());
                ps.setString(2, country);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?)")) {
            for (Participant p : e.participants()) {
                ps.setString(1, e.id());
                ps.setString(2, p.id());
                ps.setString(3, p.name());
                ps.setString(4, p.country());
                ps.setString(5, p.role());
                ps.addBatch();
                ensureActor(c, p.id());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EventMention m : e.mentions()) {
                ps.setString(1, e.id());
                ps.setString(2, m.doc());
                ps.setInt(3, m.sentence());
                ps.setInt(4, m.span().start());
                ps.setInt(5, m.span().end());
                ps.setInt(6, m.trigger().start());
                ps.setInt(7, m.trigger().end());
                ps.setString(8, m.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
