package org.entente.text;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * French lemmas and morphology from LanguageTool's inflection lexicon (a Morfologik automaton of
 * several hundred thousand forms), so trigger lexicons can be written as lemmas ("rencontrer")
 * and still match "rencontrent", "rencontreront" or "rencontrée", and so tense is known without
 * the parser. A lookup costs a few microseconds: cheap enough for every token of the first pass.
 */
public final class Lemmatizer {
    private static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";

    /**
     * How many words' analyses are kept. A form's analysis depends on its spelling alone, and text
     * repeats a small vocabulary: keeping one analysis per word rather than one per token makes a
     * long article hold a reference per token, not a fresh pair of sets and strings (a 20 MB
     * article kept gigabytes of them alive, and the collector's work grew faster than the text).
     * Bounded so a long-running server's memory is too; the frequent words come early and stay.
     */
    private static final int KNOWN_WORDS = 1 << 16;

    /** A word's analysis, for the norm it was asked with. */
    private record Known(String norm, WordForm form) {
    }

    private final Dictionary dictionary;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    /** The lexicon's few hundred tags, one string each however many words carry them. */
    private final Map<String, String> tagNames = new ConcurrentHashMap<>();
    // DictionaryLookup reuses internal buffers: one per thread.
    private final ThreadLocal<DictionaryLookup> lookups;

    public Lemmatizer() {
        URL url = Lemmatizer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("French inflection lexicon " + DICTIONARY + " missing from the classpath");
        }
        try {
            this.dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French inflection lexicon", e);
        }
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    public WordForm analyze(Token token) {
        return analyze(token.text(), token.norm());
    }

    /**
     * @param word as written
     * @param norm its folded form (fallback lemma when the lexicon does not know the word)
     */
    public WordForm analyze(String word, String norm) {
        Known k = known.get(word);
        if (k != null && k.norm.equals(norm)) {
            return k.form;
        }
        WordForm form = lookUp(word, norm);
        if (known.size() < KNOWN_WORDS) {
            known.putIfAbsent(word, new Known(norm, form));
        }
        return form;
    }

    private WordForm lookUp(String word, String norm) {
        Set<String> lemmas = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        DictionaryLookup lookup = lookups.get();
        collect(lookup.lookup(word), lemmas, tags);
        if (lemmas.isEmpty()) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals(word)) {
                collect(lookup.lookup(lower), lemmas, tags);
            }
        }
        if (lemmas.isEmpty() && word.length() > 1 && Tokenizer.isApostrophe(word.charAt(word.length() - 1))) {
            // Elided forms ("l'", "qu'", "s'") are listed with a straight apostrophe and no vowel.
            collect(lookup.lookup(word.substring(0, word.length() - 1).toLowerCase(java.util.Locale.ROOT) + "'"), lemmas, tags);
        }
        lemmas.add(norm);
        return new WordForm(lemmas, tags);
    }

    private void collect(List<WordData> data, Set<String> lemmas, Set<String> tags) {
        for (WordData d : data) {
            CharSequence stem = d.getStem();
            CharSequence tag = d.getTag();
            if (stem != null && stem.length() > 0) {
                lemmas.add(Normalizer.fold(stem));
            }
            if (tag != null) {
                String name = tag.toString();
                tags.add(tagNames.computeIfAbsent(name, t -> t));
            }
        }
    }
}
