package org.entente.pipeline;

import org.entente.actors.ActorBase;
import org.entente.actors.ActorLinker;
import org.entente.actors.ActorMention;
import org.entente.events.ArticleFacts;
import org.entente.events.Event;
import org.entente.events.EventExtractor;
import org.entente.events.EventType;
import org.entente.events.Modality;
import org.entente.events.ParsedPeople;
import org.entente.events.RuleBook;
import org.entente.events.RuleHit;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.merge.EventMerger;
import org.entente.text.FrenchParser;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Lemmatizer;
import org.entente.text.ParsedSentence;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.entente.time.PublicationDate;
import org.entente.time.PublicationDateFinder;
import org.entente.time.TimeExpression;
import org.entente.time.TimeTagger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place where Entente's stages are composed. Per article:
 * <ol>
 *   <li>ingest: read, decode, strip page furniture ({@link ArticleSource});</li>
 *   <li>text: sentences and tokens with offsets, then lemmas and tense ({@link Lemmatizer});</li>
 *   <li>time: publication date, then time expressions resolved against it;</li>
 *   <li>actors: every mention of a state, person, organisation or place, at the article's date;</li>
 *   <li>first pass: trigger rules over lemmas; an article without any trigger stops here, so
 *       general news costs almost nothing;</li>
 *   <li>events: typed events with countries, participants, date, place and evidence, read
 *       first from a window of words around each trigger;</li>
 *   <li>syntax: only the sentences that state a meeting, visit, call or signing are parsed by CoreNLP (tokens through
 *       dependencies), and their events read again with each trigger's sides from its own
 *       clause; the parser's named entities add the people the knowledge base does not know;</li>
 *   <li>merge: reports of one event within the article, then across articles.</li>
 * </ol>
 */
public final class Pipeline {
    private final SentenceSplitter splitter;
    private final Lemmatizer lemmatizer;
    private final PublicationDateFinder publicationDates;
    private final TimeTagger timeTagger;
    private final ActorLinker linker;
    private final RuleBook rules;
    private final Supplier<FrenchParser> parser;
    private final EventExtractor extractor;
    private final EventMerger merger;
    private final ParsedPeople parsedPeople = new ParsedPeople();
    private final SetupClock setup = new SetupClock();

    private Pipeline(boolean parse, boolean warm) {
        Lazy<FrenchParser> lazyParser = parse ? new Lazy<>(FrenchParser::new, setup) : null;
        if (warm && lazyParser != null) {
            // Started before the actor base is read, so the two loads overlap instead of adding up.
            lazyParser.startLoading();
        }
        this.parser = lazyParser;
        this.splitter = new SentenceSplitter(new Tokenizer());
        this.lemmatizer = new Lemmatizer();
        this.publicationDates = new PublicationDateFinder();
        this.timeTagger = new TimeTagger();
        ActorBase actors = ActorBase.configured();
        this.linker = new ActorLinker(actors);
        this.rules = RuleBook.load();
        this.extractor = new EventExtractor(Modality.load(), org -> List.copyOf(actors.members(org)));
        this.merger = new EventMerger();
    }

    /** The standard pipeline; with {@code parse} false, no sentence goes through CoreNLP (faster, less accurate). */
    public static Pipeline create(boolean parse) {
        return new Pipeline(parse, false);
    }

    /**
     * As {@link #create(boolean)}, the parser's models loading at once in the background: for a
     * command-line run, whose input almost always holds some diplomacy, this saves the seconds of
     * a load that would otherwise start only at the first article needing it.
     */
    public static Pipeline warming(boolean parse) {
        return new Pipeline(parse, true);
    }

    public ArticleSource reader() {
        return new ArticleSource();
    }

    public ArticleResult process(Article article) {
        return process(article, null);
    }

    /**
     * @param inferred the publication date to use when the article states none (taken from other
     *                 articles reporting the same events), or null
     */
    public ArticleResult process(Article article, PublicationDate inferred) {
        List<Sentence> sentences = splitter.split(article.text());
        checkCancelled();
        PublicationDate published = publicationDates.find(article, sentences).orElse(inferred);
        List<LemmatizedSentence> lemmatized = sentences.stream().map(s -> {
            checkCancelled();
            return LemmatizedSentence.of(s, lemmatizer);
        }).toList();
        Map<Integer, List<RuleHit>> hits = new HashMap<>();
        for (LemmatizedSentence ls : lemmatized) {
            checkCancelled();
            List<RuleHit> h = rules.match(ls);
            if (!h.isEmpty()) {
                hits.put(ls.sentence().index(), h);
            }
        }
        if (hits.isEmpty()) {
            // No trigger anywhere: the article cannot report an event; skip the rest of the work.
            return new ArticleResult(new ArticleFacts(article, published, lemmatized, List.of(), Map.of(), hits, Map.of()),
                    List.of(), 0);
        }
        // An undated article's titles ("le Premier ministre russe") are resolved at the latest day it
        // states in full, never at today's: it was written no earlier. Its time words are not, since
        // that day is only a lower bound of when it was written.
        LocalDate anchor = published != null ? published.anchor()
                : publicationDates.latestStatedDay(sentences).orElse(null);
        List<ActorMention> mentions = linker.link(sentences, anchor);
        checkCancelled();
        Map<Integer, List<TimeExpression>> times = new HashMap<>();
        // The trigger's sentences and the few before each: an event told without a date
        // happened on the day the sentences just before it tell.
        java.util.SortedSet<Integer> dated = new java.util.TreeSet<>();
        for (Integer h : hits.keySet()) {
            for (int i = Math.max(0, h - EventExtractor.SENTENCES_DATED_BEFORE); i <= h; i++) {
                dated.add(i);
            }
        }
        for (int i : dated) {
            checkCancelled();
            List<TimeExpression> t = timeTagger.find(sentences.get(i), published);
            if (!t.isEmpty()) {
                times.put(i, t);
            }
        }
        ArticleFacts facts = new ArticleFacts(article, published, lemmatized, mentions, times, hits, Map.of());
        List<Event> events = extractor.extract(facts);
        Map<Integer, ParsedSentence> parses = new HashMap<>();
        checkCancelled();
        if (parser != null && !events.isEmpty()) {
            // Only the sentences that state a meeting, visit, call or signing by the word-window
            // reading pay for the parser (statements keep the window: parsing them too made dense
            // diplomatic news barely 2.4 times cheaper than parsing everything); the events are then
            // read again, each trigger's sides from its own clause of the dependency tree (events.Clause).
            for (Event e : events) {
                if (e.type().isStatement()) {
                    continue;
                }
                for (var m : e.mentions()) {
                    parses.computeIfAbsent(m.sentence(), i -> {
                        checkCancelled();
                        return parser.get().parse(sentences.get(i));
                    });
                }
            }
            // A meeting or call the word window dropped for want of its second side, where the
            // sentence names two states ("Le chef de l'État a dit avoir plaidé pour la trêve
            // lors d'un entretien téléphonique ... avec le président américain"): its clause may
            // reach farther than the window does.
            for (Map.Entry<Integer, List<RuleHit>> sh : hits.entrySet()) {
                boolean talks = sh.getValue().stream().anyMatch(h -> h.isTrigger()
                        && (h.type() == EventType.MEET || h.type() == EventType.CALL));
                long states = facts.mentionsIn(sh.getKey()).stream().map(ActorMention::country)
                        .filter(java.util.Objects::nonNull).distinct().count();
                if (talks && states >= 2 && !parses.containsKey(sh.getKey())) {
                    checkCancelled();
                    parses.put(sh.getKey(), parser.get().parse(sentences.get(sh.getKey())));
                }
            }
        }
        // An article whose events are all statements is not parsed: its first reading stands.
        if (!parses.isEmpty()) {
            facts = new ArticleFacts(article, published, lemmatized, mentions, times, hits, parses);
            events = parsedPeople.enrich(extractor.extract(facts), parses, mentions);
            checkCancelled();
        }
        return new ArticleResult(facts, merger.merge(events), parses.size());
    }

    /** Folds the reports of one real-world event coming from different articles. */
    public List<Event> mergeAcross(List<Event> events) {
        return merger.merge(events);
    }

    /** As {@link #mergeAcross(List)}, a report that cannot be folded left out and handed to {@code failed}. */
    public List<Event> mergeAcross(List<Event> events, java.util.function.BiConsumer<Event, RuntimeException> failed) {
        return merger.merge(events, failed);
    }

    /**
     * Ends the reading of an article given up by its runner (past its time budget): checked
     * between stages and sentences, so an abandoned worker stops soon instead of burning a core.
     */
    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("article given up");
        }
    }

    /**
     * Nanoseconds spent so far loading what is loaded on first need (the parser's models, tens of
     * seconds on a loaded machine), a load in progress included: the article that happens to
     * need it first is not charged for it against its time budget.
     */
    public long setupNanos() {
        return setup.nanos();
    }

    /** Time spent in one-time loading, finished loads and the one in progress. */
    private static final class SetupClock {
        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private volatile long since;

        long nanos() {
            long s = since;
            return done.get() + (s == 0 ? 0 : System.nanoTime() - s);
        }

        <T> T time(Supplier<T> load) {
            long start = System.nanoTime();
            since = start;
            try {
                return load.get();
            } finally {
                done.addAndGet(System.nanoTime() - start);
                since = 0;
            }
        }
    }

    /** Loads the parser on first use only: a run over articles without diplomacy never pays for it. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private final SetupClock clock;
        private volatile T value;

        Lazy(Supplier<T> factory, SetupClock clock) {
            this.factory = factory;
            this.clock = clock;
        }

        /** Loads on a daemon thread now; a failure is left to the first {@link #get()}, which reports it. */
        void startLoading() {
            Thread t = new Thread(() -> {
                try {
                    get();
                } catch (RuntimeException e) {
                    // reported when the parser is first needed
                }
            }, "parser-preload");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = clock.time(factory);
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
