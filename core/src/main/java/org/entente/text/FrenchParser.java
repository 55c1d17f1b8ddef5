package org.entente.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's French models (tokenize, mwt, pos, ner, depparse) applied to single sentences.
 *
 * <p>Costly: about 5 s and 1.2 GB to load, a few thousand tokens per second per thread. The
 * pipeline therefore only sends it the sentences that state an event. Which annotators run is
 * set in {@code corenlp-french.properties}; without depparse, heads are -1 and relations "dep". One instance is
 * shared by all threads of a process (CoreNLP annotators are thread-safe for {@code annotate}).
 */
public final class FrenchParser {
    private final StanfordCoreNLP pipeline;

    public FrenchParser() {
        Properties props = new Properties();
        try (InputStream in = FrenchParser.class.getResourceAsStream("corenlp-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("corenlp-french.properties missing from the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        warmInParallel(props);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /**
     * CoreNLP loads a pipeline's models one after the other, and the named-entity and dependency
     * models take most of the start-up (3 s and 5.5 s here). Building one partial pipeline per
     * heavy model on its own thread fills CoreNLP's shared annotator pool in parallel, so the full
     * pipeline built next finds them loaded: `extract` on a few articles starts about 1.5 s sooner.
     * Failures are left to the full construction, which reports them.
     */
    private static void warmInParallel(Properties props) {
        String[] annotators = props.getProperty("annotators", "").split("\\s*,\\s*");
        int heavy = Arrays.asList(annotators).indexOf("pos") + 1;
        if (heavy <= 0 || annotators.length - heavy < 2) {
            return;
        }
        String common = String.join(",", Arrays.copyOfRange(annotators, 0, heavy));
        List<Thread> threads = new ArrayList<>();
        for (int i = heavy; i < annotators.length; i++) {
            Properties one = new Properties();
            one.putAll(props);
            one.setProperty("annotators", common + "," + annotators[i]);
            Thread t = new Thread(() -> {
                try {
                    new StanfordCoreNLP(one);
                } catch (RuntimeException e) {
                    // reported by the full construction
                }
            }, "corenlp-warm-" + annotators[i]);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Parses one sentence; offsets of the result point into the article text. */
    public ParsedSentence parse(Sentence sentence) {
        Annotation doc = new Annotation(sentence.text());
        pipeline.annotate(doc);
        List<ParsedToken> tokens = new ArrayList<>();
        int base = sentence.start();
        int offset = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] rels = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, graph == null ? "dep" : "root");
            if (graph != null) {
                for (SemanticGraphEdge e : graph.edgeListSorted()) {
                    IndexedWord dep = e.getDependent();
                    int d = dep.index() - 1;
                    if (d >= 0 && d < heads.length) {
                        heads[d] = offset + e.getGovernor().index() - 1;
                        rels[d] = e.getRelation().toString();
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                int start = Math.max(0, Math.min(sentence.text().length(), l.beginPosition()));
                int end = Math.max(start, Math.min(sentence.text().length(), l.endPosition()));
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new ParsedToken(l.word(), new Span(base + start, base + end), l.tag(), ner,
                        heads[i], rels[i]));
            }
            offset += labels.size();
        }
        return new ParsedSentence(sentence, tokens);
    }
}
