package org.entente.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.entente.text.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Full-text search over the stored sentences, with Lucene. The index is a cache derived from the
 * store, kept in the folder {@code <db>.lucene} beside it: it can be deleted at any time and is
 * rebuilt on the next {@link #open}.
 *
 * <p>It follows the store without any help from the writer. Each Lucene commit records, in its user
 * data, a fingerprint of the article versions it reflects (the set of {@code articles.seq}; a
 * replaced article gets a new seq). On open, when the store's fingerprint differs, the documents of
 * article versions no longer stored are deleted and the new ones added, in one Lucene commit: a
 * process killed while updating leaves the previous commit, and the next open redoes the update.
 *
 * <p>One document per sentence. Event ids are not indexed but read from the store at query time,
 * since re-merging changes them without changing any article.
 */
public final class SearchIndex implements AutoCloseable {
    /** Version of the document layout and analysis: an index written with another one is rebuilt. */
    static final String FORMAT = "1";
    private static final String TEXT = "text";
    private static final String SEQ = "seq";
    private static final String KEY_FORMAT = "entente.format";
    private static final String KEY_FINGERPRINT = "entente.articles";
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        // Offsets in the postings let the Matches API give each hit's exact character spans.
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /**
     * One matching sentence.
     *
     * @param sentence index of the sentence in the article
     * @param start    offset of the sentence in the article's cleaned text
     * @param end      end of the sentence (exclusive)
     * @param matches  what the query matched, as offsets into the article's text (a quoted phrase is one span)
     * @param eventIds events that cite this sentence as evidence
     */
    public record Hit(String articleId, String title, String published, int sentence, int start, int end,
                      String text, List<Span> matches, List<String> eventIds, float score) {
        public Hit {
            matches = List.copyOf(matches);
            eventIds = List.copyOf(eventIds);
        }

        /** The sentence with every match wrapped in {@code open} and {@code close} (no escaping). */
        public String marked(String open, String close) {
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (Span m : matches) {
                int s = Math.max(at, m.start() - start);
                int e = Math.min(text.length(), m.end() - start);
                if (e <= s) {
                    continue;
                }
                b.append(text, at, s).append(open).append(text, s, e).append(close);
                at = e;
            }
            return b.append(text.substring(at)).toString();
        }
    }

    private final Store store;
    private final Directory directory;
    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private SearchIndex(Store store, Directory directory, Analyzer analyzer, DirectoryReader reader) {
        this.store = store;
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** The folder of the index of a store file. */
    public static Path folder(Path storeFile) {
        Path abs = storeFile.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lucene");
    }

    /**
     * Opens the index of the store, bringing it up to date first (which may take a while the first
     * time: about a second per few thousand articles). Works on a read-only store.
     */
    public static SearchIndex open(Store store) {
        Path folder = folder(store.file());
        Analyzer analyzer = new FrenchSearchAnalyzer();
        Map<Long, ArticleInfo> stored = storedArticles(store);
        String fingerprint = fingerprint(stored.keySet());
        try {
            return open(store, folder, analyzer, stored, fingerprint);
        } catch (UncheckedIOException e) {
            throw new StoreException("search index " + folder + ": " + e.getCause().getMessage(), e);
        } catch (LockObtainFailedException e) {
            throw new StoreException("the search index " + folder + " is being updated by another process: try again when it is done", e);
        } catch (IOException first) {
            // A damaged or unreadable cache is thrown away and built again from the store.
            try {
                wipe(folder);
                return open(store, folder, analyzer, stored, fingerprint);
            } catch (IOException e) {
                e.addSuppressed(first);
                throw new StoreException("search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private static SearchIndex open(Store store, Path folder, Analyzer analyzer, Map<Long, ArticleInfo> stored,
                                    String fingerprint) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        try {
            if (!upToDate(dir, fingerprint)) {
                update(store, dir, analyzer, stored, fingerprint);
            }
            return new SearchIndex(store, dir, analyzer, DirectoryReader.open(dir));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    private record ArticleInfo(String id, String title, String published) {
    }

    private static Map<Long, ArticleInfo> storedArticles(Store store) {
        return store.read(c -> {
            Map<Long, ArticleInfo> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, id, title, published FROM articles")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new ArticleInfo(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    static String fingerprint(Set<Long> seqs) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (long seq : new TreeSet<>(seqs)) {
                d.update((seq + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            return seqs.size() + ":" + HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean upToDate(Directory dir, String fingerprint) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return false;
        }
        Map<String, String> data = lastCommitData(dir);
        return FORMAT.equals(data.get(KEY_FORMAT)) && fingerprint.equals(data.get(KEY_FINGERPRINT));
    }

    private static void update(Store store, Directory dir, Analyzer analyzer, Map<Long, ArticleInfo> stored,
                               String fingerprint) throws IOException {
        boolean exists = DirectoryReader.indexExists(dir);
        boolean sameFormat = exists && FORMAT.equals(lastCommitData(dir).get(KEY_FORMAT));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(sameFormat ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            Set<Long> indexed = sameFormat ? indexedSeqs(dir) : Set.of();
            List<Term> gone = new ArrayList<>();
            for (long seq : indexed) {
                if (!stored.containsKey(seq)) {
                    gone.add(new Term(SEQ, Long.toString(seq)));
                }
            }
            if (!gone.isEmpty()) {
                writer.deleteDocuments(gone.toArray(Term[]::new));
            }
            Set<Long> missing = new HashSet<>(stored.keySet());
            missing.removeAll(indexed);
            if (!missing.isEmpty()) {
                addSentences(store, writer, stored, missing);
            }
            writer.setLiveCommitData(Map.of(KEY_FORMAT, FORMAT, KEY_FINGERPRINT, fingerprint).entrySet());
            writer.commit();
        }
    }

    private static Map<String, String> lastCommitData(Directory dir) throws IOException {
        var commits = DirectoryReader.listCommits(dir);
        return commits.get(commits.size() - 1).getUserData();
    }

    private static Set<Long> indexedSeqs(Directory dir) throws IOException {
        Set<Long> out = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            Terms terms = MultiTerms.getTerms(r, SEQ);
            if (terms == null) {
                return out;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                // Deleted documents may still hold terms until merged; a term counts only with a live doc.
                var docs = it.postings(null);
                var live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
                for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live == null || live.get(d)) {
                        out.add(Long.parseLong(t.utf8ToString()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Adds the sentences of the given article versions, in one scan of the sentences view. The
     * view's offsets are taken, not its text: DuckDB's substring counts code points where offsets
     * count UTF-16 units (Java's), so the view's text shifts after an emoji; each sentence is cut
     * from the article text in Java instead.
     */
    private static void addSentences(Store store, IndexWriter writer, Map<Long, ArticleInfo> stored, Set<Long> missing) {
        long from = missing.stream().min(Long::compare).orElseThrow();
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.seq, s.idx, s.\"start\", s.\"end\" "
                    + "FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.seq >= ? ORDER BY a.seq, s.idx");
                 PreparedStatement textOf = c.prepareStatement("SELECT text FROM articles WHERE seq = ?")) {
                ps.setLong(1, from);
                long current = -1;
                String text = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        if (!missing.contains(seq)) {
                            continue;
                        }
                        if (seq != current) {
                            textOf.setLong(1, seq);
                            try (ResultSet t = textOf.executeQuery()) {
                                t.next();
                                text = t.getString(1);
                            }
                            current = seq;
                        }
                        int start = rs.getInt(3);
                        int end = rs.getInt(4);
                        ArticleInfo a = stored.get(seq);
                        Document d = new Document();
                        d.add(new StringField(SEQ, Long.toString(seq), Field.Store.YES));
                        d.add(new StringField("article", a.id(), Field.Store.YES));
                        d.add(new StoredField("sentence", rs.getInt(2)));
                        d.add(new StoredField("start", start));
                        d.add(new StoredField("end", end));
                        if (a.title() != null) {
                            d.add(new StoredField("title", a.title()));
                        }
                        if (a.published() != null) {
                            d.add(new StoredField("published", a.published()));
                        }
                        d.add(new Field(TEXT, text.substring(start, end), TEXT_TYPE));
                        try {
                            writer.addDocument(d);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** How many sentences the index holds. */
    public int sentences() {
        return reader.numDocs();
    }

    /**
     * The sentences that best match the query, best first. The syntax is Lucene's classic one:
     * all words must appear (AND is the default), {@code "quoted phrases"}, {@code OR}, {@code -word},
     * {@code prefix*}. Accents and case do not matter.
     *
     * @throws IllegalArgumentException when the query cannot be read, with a message for the user
     */
    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty search query");
        }
        Query q = parse(query);
        try {
            Query rewritten = searcher.rewrite(q);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, Math.min(limit, 10_000))).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                int start = d.getField("start").numericValue().intValue();
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
                List<Span> spans = new ArrayList<>();
                Matches m = weight.matches(leaf, sd.doc - leaf.docBase);
                MatchesIterator it = m == null ? null : m.getMatches(TEXT);
                while (it != null && it.next()) {
                    if (it.startOffset() >= 0) {
                        int from = withoutElision(d.get(TEXT), it.startOffset(), it.endOffset());
                        spans.add(new Span(start + from, start + it.endOffset()));
                    }
                }
                hits.add(new Hit(d.get("article"), d.get("title"), d.get("published"),
                        d.getField("sentence").numericValue().intValue(), start, d.getField("end").numericValue().intValue(),
                        d.get(TEXT), merge(spans), List.of(), sd.score));
            }
            return withEvents(hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search query \"" + query + "\" expands to too many words: make the prefix longer", e);
        } catch (IOException e) {
            throw new StoreException("search index " + folder(store.file()) + ": " + e.getMessage(), e);
        }
    }

    private Query parse(String query) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the search query \"" + query + "\": " + reason(e)
                    + ". Quote phrases (\"atelier Luban\"); put a \\ before any of + - ! ( ) { } [ ] ^ \" ~ * ? : / meant literally", e);
        }
    }

    private static String reason(ParseException e) {
        if (e.currentToken != null && e.currentToken.next != null) {
            var t = e.currentToken.next;
            return t.kind == 0 ? "it ends too early" : "unexpected \"" + t.image + "\" at column " + t.beginColumn;
        }
        String m = Store.firstLine(e.getMessage());
        int colon = m.indexOf("': ");
        String r = colon < 0 ? m : m.substring(colon + 3);
        return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
    }

    /** Where a match starts once an elided article is left out ("d'accords" marks "accords"), as the analyser does. */
    private static int withoutElision(String text, int from, int to) {
        for (int i = from + 1; i < Math.min(to - 1, from + 8); i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '\u2019') && org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES.contains(text.substring(from, i))) {
                return i + 1;
            }
        }
        return from;
    }

    /** Overlapping matches (a word inside a matched phrase) become one span. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private List<Hit> withEvents(List<Hit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        return store.read(c -> {
            List<Hit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? AND sentence = ? ORDER BY event_id")) {
                for (Hit h : hits) {
                    ps.setString(1, h.articleId());
                    ps.setInt(2, h.sentence());
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    out.add(new Hit(h.articleId(), h.title(), h.published(), h.sentence(), h.start(), h.end(), h.text(),
                            h.matches(), ids, h.score()));
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new StoreException("closing the search index: " + e.getMessage(), e);
        }
    }
}
