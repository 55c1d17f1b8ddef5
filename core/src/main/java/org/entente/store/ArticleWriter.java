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
import org.entente.time.DateSpan;
import org.entente.merge.EventMerger;
import org.entente.ingest.InputProblem;
import org.entente.pipeline.ArticleGuard;
import org.entente.pipeline.ArticleResult;
import org.entente.pipeline.RunStats;
import org.entente.pipeline.Runner;
import org.entente.text.LemmatizedSentence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes processed articles into the store and keeps the merged events up to date as they
 * arrive: an article's own events join the reports of their block (type and country pair,
 * {@link EventMerger#blockKey}), and the touched blocks are merged again with the very rules
 * {@code extract} uses, so the store holds what one merge of every stored article would give.
 *
 * <p>An article whose id is stored with the same content hash is skipped before any processing
 * ({@link #isStored}); one stored with another hash is replaced, its old events taken out of the
 * merge. Every article is written whole inside one transaction; several articles may share one
 * (group commit, {@code batchSize}): a commit costs a disk flush, and one INSERT costs about as
 * much as the whole pipeline on a general-news article, so rows are buffered and written with
 * multi-row statements at commit. A crash loses at most the open batch, which a rerun adds.
 * Not thread-safe: one writer per store.
 */
public final class ArticleWriter implements AutoCloseable {
    /** What happened to one article. */
    public enum Outcome { ADDED, REPLACED }

    private record Report(String articleId, Event event) {
    }

    private final Store store;
    private final ActorBase actors;
    private final EventMerger merger = new EventMerger();
    private final Standards standards = Standards.load();
    private final EventCodec codec = new EventCodec();
    private final int batchSize;
    private final long batchNanos;

    // What the store holds (committed, plus the open batch; restored on rollback).
    private final Map<String, String> hashes = new HashMap<>();
    /** The ids of the stored articles of each content hash: what {@link #isStored} looks up. */
    private final Map<String, List<String>> idsByHash = new HashMap<>();
    private final Map<String, EventRow.Source> sources = new HashMap<>();
    private final Set<String> storedActors = new HashSet<>();
    /** Reports of the blocks touched so far, in merge order; read from the store once per block. */
    private final Map<String, List<Report>> blocks = new HashMap<>();
    private long seq;
    /** Reports left out of a merge since the last {@link #drainFailures}, as problems naming their article. */
    private final List<InputProblem> mergeFailures = new ArrayList<>();

    // The open batch.
    private final List<ArticleResult> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    private final List<String> removals = new ArrayList<>();
    private final Set<String> touched = new TreeSet<>();
    /** Blocks as they were before the batch touched them (null: first read during the batch). */
    private final Map<String, List<Report>> saved = new HashMap<>();
    private final Map<String, String> hashesBefore = new HashMap<>();
    private final Set<String> actorsPending = new HashSet<>();
    private long batchStarted;
    /** Held while committing, so that {@link #stop} sees a count no later commit changes. */
    private final Object commitLock = new Object();
    private boolean stopped;
    private long committed;
    private final RowBuffer articleRows = new RowBuffer("articles", "", "", "", "", "", "", "", "", "", "", "",
            "::INTEGER[]", "::INTEGER[]", "::INTEGER[]", "::INTEGER[]");
    private final RowBuffer mentionRows = RowBuffer.plain("mentions", 9);
    private final RowBuffer reportRows = RowBuffer.plain("reports", 4);
    private final RowBuffer actorRows = RowBuffer.plain("actors", 4);
    private final RowBuffer roleRows = RowBuffer.plain("actor_roles", 6);
    private final RowBuffer eventRows = RowBuffer.plain("events", EventRow.COLUMNS.size() + 5);
    private final RowBuffer countryRows = RowBuffer.plain("event_countries", 2);
    private final RowBuffer eventActorRows = RowBuffer.plain("event_actors", 5);
    private final RowBuffer sourceRows = RowBuffer.plain("event_sources", 8);

    /** A writer that commits every article in a transaction of its own. */
    public ArticleWriter(Store store, ActorBase actors) {
        this(store, actors, 1, 0);
    }

    /**
     * @param batchSize   at most this many articles per transaction
     * @param batchMillis commit an open batch older than this, so a slow feed is stored promptly;
     *                    0 for no time limit (the caller flushes)
     */
    public ArticleWriter(Store store, ActorBase actors, int batchSize, long batchMillis) {
        this.store = store;
        this.actors = actors;
        this.batchSize = Math.max(1, batchSize);
        this.batchNanos = Math.max(0, batchMillis) * 1_000_000L;
        store.read(c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id, hash, url, published, seq FROM articles")) {
                    while (rs.next()) {
                        setHash(rs.getString(1), rs.getString(2));
                        sources.put(rs.getString(1), new EventRow.Source(rs.getString(3), rs.getString(4)));
                        seq = Math.max(seq, rs.getLong(5));
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

    /** What one ingest run did: articles skipped as already stored, added, replaced; and the run's figures. */
    public record Ingested(long unchanged, long added, long replaced, RunStats stats) {
    }

    /**
     * Runs the pipeline over the inputs and writes every article not already stored, in input
     * order, then commits. Articles stored unchanged are skipped before any processing.
     */
    public Ingested ingest(Runner runner, List<Path> inputs, Consumer<InputProblem> problems, Runner.Progress progress) {
        long[] counts = new long[4];
        Consumer<InputProblem> counting = p -> {
            if (p.skipped()) {
                counts[3]++;
            }
            problems.accept(p);
        };
        var stats = runner.stream(inputs, a -> {
            if (isStored(a)) {
                counts[0]++;
                return false;
            }
            return true;
        }, r -> {
            try {
                counts[write(r) == Outcome.ADDED ? 1 : 2]++;
            } catch (ArticleRejected e) {
                counting.accept(e.problem);
            }
            drainFailures(counting);
        }, counting, progress);
        flush();
        drainFailures(counting);
        RunStats s = stats;
        // Articles the runner handed over that the store then refused are problems of the run too.
        RunStats withStore = new RunStats(s.articles(), s.bytes(), s.sentences(), s.sentencesParsed(), s.reports(), s.events(),
                counts[3], s.nanos());
        return new Ingested(counts[0], counts[1], counts[2], withStore);
    }

    /** Hands over the reports that could not be merged again since the last call. */
    public void drainFailures(Consumer<InputProblem> problems) {
        mergeFailures.forEach(problems);
        mergeFailures.clear();
    }

    /**
     * An article the writer could not take for a reason of its own (not the store's): the batch
     * goes on without it. A failure of the store itself stays a {@link StoreException}.
     */
    public static final class ArticleRejected extends RuntimeException {
        private final transient InputProblem problem;

        ArticleRejected(InputProblem problem, Throwable cause) {
            super(problem.toString(), cause);
            this.problem = problem;
        }

        public InputProblem problem() {
            return problem;
        }
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

    /**
     * True when this very version of the article (its content hash) is already stored under its
     * id, or under an id with the same file name (the part after the last '/', without a "~HASH"
     * suffix): a store built before ids were paths relative to the argument knew
     * {@code ARG/2024/x.txt} as "x", and the same file reached through another argument
     * ("ARG/" then "ARG/2024/x.txt") is the same article. The stored copy keeps its id. Articles
     * of other names with the same text (two posts under two ids) are distinct articles.
     */
    public boolean isStored(Article a) {
        List<String> ids = idsByHash.get(hash(a));
        if (ids == null) {
            return false;
        }
        String name = fileName(a.id());
        return ids.stream().anyMatch(id -> id.equals(a.id()) || fileName(id).equals(name));
    }

    private static String fileName(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        return name.replaceFirst("~[0-9a-f]{12}$", "");
    }

    /** Records that {@code id} now holds {@code hash} (null: no longer stored). */
    private void setHash(String id, String hash) {
        String old = hash == null ? hashes.remove(id) : hashes.put(id, hash);
        if (old != null) {
            List<String> ids = idsByHash.get(old);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    idsByHash.remove(old);
                }
            }
        }
        if (hash != null) {
            idsByHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(id);
        }
    }

    /**
     * Adds one processed article to the open batch, which is committed once it holds
     * {@code batchSize} articles or has been open for {@code batchMillis}. Call {@link #flush}
     * (or {@link #close}) at the end of a run.
     */
    public Outcome write(ArticleResult result) {
        if (pendingIds.contains(result.facts().article().id())) {
            flush(); // a second version within one batch: store the first one before replacing it
        }
        if (pending.isEmpty()) {
            batchStarted = System.nanoTime();
        }
        Outcome outcome;
        try {
            outcome = store.read(c -> apply(c, result));
        } catch (RuntimeException e) {
            List<ArticleResult> redo = List.copyOf(pending);
            abort();
            for (ArticleResult r : redo) {
                write(r);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new ArticleRejected(ArticleGuard.failure(result.facts().article().origin() + " (storing)", e), e);
        }
        pending.add(result);
        pendingIds.add(result.facts().article().id());
        if (pending.size() >= batchSize || (batchNanos > 0 && System.nanoTime() - batchStarted >= batchNanos)) {
            flush();
        }
        return outcome;
    }

    /**
     * Commits nothing more from now on, and returns how many articles this writer committed:
     * for a process told to stop (SIGTERM, Ctrl-C), whose shutdown hook runs while the run goes
     * on, so that what it reports as committed is what the store holds. Waits for a commit under
     * way to end. A rerun adds the articles left out.
     */
    public long stop() {
        synchronized (commitLock) {
            stopped = true;
            return committed;
        }
    }

    /** Whether {@link #stop} was called: what the run counted since is not all in the store. */
    public boolean stopped() {
        synchronized (commitLock) {
            return stopped;
        }
    }

    /** Writes the open batch, merges its blocks again and commits, all in one transaction. */
    public void flush() {
        synchronized (commitLock) {
            if (!stopped) {
                commit();
            }
        }
    }

    private void commit() {
        if (pending.isEmpty()) {
            return;
        }
        int n = pending.size();
        try {
            store.inTransaction(c -> {
                for (String id : removals) {
                    for (String table : List.of("reports", "mentions", "articles")) {
                        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE "
                                + ("articles".equals(table) ? "id" : "article_id") + " = ?")) {
                            ps.setString(1, id);
                            ps.executeUpdate();
                        }
                    }
                }
                articleRows.writeTo(c);
                mentionRows.writeTo(c);
                reportRows.writeTo(c);
                actorRows.writeTo(c);
                roleRows.writeTo(c);
                for (String block : touched) {
                    remerge(c, block);
                }
                eventRows.writeTo(c);
                countryRows.writeTo(c);
                eventActorRows.writeTo(c);
                sourceRows.writeTo(c);
                return null;
            });
        } catch (RuntimeException e) {
            if (Store.isCorruption(e)) {
                // A rerun would meet the same damage: the advice is the store's, not "rerun".
                throw e instanceof StoreException se ? se : Store.corrupt(store.file(), e);
            }
            abort();
            throw new StoreException("the last " + n + " article(s) could not be committed and were rolled back "
                    + "(a rerun adds them): " + e.getMessage(), e);
        }
        storedActors.addAll(actorsPending);
        committed += n;
        clearBatch();
    }

    @Override
    public void close() {
        flush();
    }

    private void clearBatch() {
        actorsPending.clear();
        pending.clear();
        pendingIds.clear();
        removals.clear();
        saved.clear();
        touched.clear();
        hashesBefore.clear();
        for (RowBuffer b : List.of(articleRows, mentionRows, reportRows, actorRows, roleRows, eventRows, countryRows,
                eventActorRows, sourceRows)) {
            b.clear();
        }
    }

    /** Forgets the open batch: the store has not seen it (or rolled it back), and memory follows. */
    private void abort() {
        saved.forEach((block, before) -> {
            if (before == null) {
                blocks.remove(block);
            } else {
                blocks.put(block, before);
            }
        });
        hashesBefore.forEach((id, old) -> {
            setHash(id, old);
            if (old == null) {
                sources.remove(id);
            }
        });
        reloadSources(hashesBefore.keySet());
        seq = committedSeq();
        clearBatch();
    }

    private long committedSeq() {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void reloadSources(Set<String> ids) {
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT url, published FROM articles WHERE id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            sources.put(id, new EventRow.Source(rs.getString(1), rs.getString(2)));
                        }
                    }
                }
            }
            return null;
        });
    }

    private Outcome apply(Connection c, ArticleResult result) throws SQLException {
        Article a = result.facts().article();
        String hash = hash(a);
        boolean replacing = hashes.containsKey(a.id());
        if (replacing) {
            for (String block : storedBlocksOf(c, a.id())) {
                reports(c, block).removeIf(r -> r.articleId().equals(a.id()));
                touched.add(block);
            }
            removals.add(a.id());
        }
        var pub = result.facts().published();
        List<LemmatizedSentence> sentences = result.facts().sentences();
        int[] starts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        int[] cpStarts = new int[sentences.size()];
        int[] cpEnds = new int[sentences.size()];
        int at = 0;
        int cp = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).sentence().start();
            ends[i] = sentences.get(i).sentence().end();
            cp += a.text().codePointCount(at, starts[i]);
            cpStarts[i] = cp;
            cp += a.text().codePointCount(starts[i], ends[i]);
            cpEnds[i] = cp;
            at = ends[i];
        }
        // The driver cannot bind arrays: they travel as list literals and are cast in SQL.
        articleRows.add(++seq, a.id(), hash, a.origin(), a.source(), a.url(), a.title(),
                pub == null ? null : pub.value(), pub == null ? null : pub.provenance(),
                new Timestamp(System.currentTimeMillis()), a.text(), Arrays.toString(starts), Arrays.toString(ends),
                Arrays.toString(cpStarts), Arrays.toString(cpEnds));
        for (ActorMention m : result.facts().mentions()) {
            mentionRows.add(a.id(), m.sentence(), m.span().start(), m.span().end(), m.surface(), m.kind().name(),
                    m.country(), m.actor() == null ? null : m.actor().id(), m.role() == null ? null : m.role().name());
            if (m.actor() != null) {
                ensureActor(m.actor().id());
            }
        }
        int ord = 0;
        for (Event e : result.events()) {
            String block = EventMerger.blockKey(e);
            reportRows.add(a.id(), ord++, block, codec.write(e));
            reports(c, block).add(new Report(a.id(), e));
            touched.add(block);
        }
        if (!hashesBefore.containsKey(a.id())) {
            hashesBefore.put(a.id(), hashes.get(a.id()));
        }
        setHash(a.id(), hash);
        sources.put(a.id(), new EventRow.Source(a.url(), pub == null ? null : pub.value()));
        return replacing ? Outcome.REPLACED : Outcome.ADDED;
    }

    private static Set<String> storedBlocksOf(Connection c, String id) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT block FROM reports WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void ensureActor(String id) {
        if (id == null || storedActors.contains(id) || actorsPending.contains(id)) {
            return;
        }
        var actor = actors.byId(id);
        if (actor.isEmpty()) {
            return;
        }
        Actor x = actor.get();
        actorRows.add(x.id(), x.kind().name(), x.name(), x.country());
        for (Tenure t : actors.tenures(id)) {
            roleRows.add(id, t.role().name(), t.country(), t.start(), t.end(), t.source());
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
        saved.putIfAbsent(block, null);
        return list;
    }

    private void remerge(Connection c, String block) throws SQLException {
        List<Event> merged = merger.merge(reports(c, block).stream().map(Report::event).toList(), (e, failure) ->
                mergeFailures.add(ArticleGuard.failure(e.mentions().isEmpty() ? e.id() : e.mentions().get(0).doc()
                        + " (merging with the stored events; its report is kept but in no event)", failure)));
        for (String table : List.of("event_sources", "event_actors", "event_countries")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE event_id IN (SELECT event_id FROM events WHERE block = ?)")) {
                ps.setString(1, block);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE block = ?")) {
            ps.setString(1, block);
            ps.executeUpdate();
        }
        for (Event e : merged) {
            addEvent(block, e);
        }
    }

    private void addEvent(String block, Event e) {
        EventRow row = EventRow.of(e, standards, sources::get);
        DateSpan span = DateSpan.of(e.date());
        List<Object> values = new ArrayList<>(row.values());
        values.add(1, block);
        values.add(e.key());
        values.add(span == null ? null : span.from());
        values.add(span == null ? null : span.to());
        values.add(codec.write(e));
        eventRows.add(values.toArray());
        for (String country : e.countries()) {
            countryRows.add(e.id(), country);
        }
        for (Participant p : e.participants()) {
            eventActorRows.add(e.id(), p.id(), p.name(), p.country(), p.role());
            ensureActor(p.id());
        }
        for (EventMention m : e.mentions()) {
            sourceRows.add(e.id(), m.doc(), m.sentence(), m.span().start(), m.span().end(), m.trigger().start(),
                    m.trigger().end(), m.text());
        }
    }
}
