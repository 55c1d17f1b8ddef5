package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits cleaned article text into sentences with offsets.
 *
 * <p>A line break always ends a sentence: headlines and datelines are lines of their own and
 * must not run into the first sentence. Inside a line, '.', '!', '?' and '…' end a sentence
 * when followed by white space and an upper-case letter, a digit or an opening quote or dash,
 * unless the word before the dot is an abbreviation ({@code abbreviations.txt}) or an initial.
 * Scraped text often loses the space after a full stop ("le 22 mai.Terminons"): a dot between a
 * lower-case word and an upper-case letter ends a sentence too.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;
    private final Tokenizer tokenizer;

    public SentenceSplitter(Tokenizer tokenizer) {
        this(tokenizer, loadAbbreviations());
    }

    public SentenceSplitter(Tokenizer tokenizer, Set<String> abbreviations) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Tokenizer.Words words = new Tokenizer.Words();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, words, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Longer than any entry of the abbreviation list. */
    private static final int MAX_ABBREVIATION = 40;

    private void splitLine(String text, int from, int to, Tokenizer.Words words, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < to && isClosing(text.charAt(end))) {
                    end++;
                }
                boolean glued = end < to && startsGlued(text, end, to) && endsWord(text, start, i);
                if ((glued || end < to && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end, to))
                        && !(c == '.' && isAbbreviation(text, start, i))) {
                    add(text, start, end, words, out);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, to, words, out);
    }

    /**
     * Scraped text often loses the space after a full stop ("le 22 mai.Terminons", "russes."Rien",
     * "(1979).L'Iran", "août 2019.- Avec ou sans masques"): an upper-case letter, or a dash and a
     * space, right after the punctuation and its closing quotes starts a sentence.
     */
    private static boolean startsGlued(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c) || (c == '\u00ab' || c == '\u201c') && i + 1 < to && Character.isUpperCase(text.charAt(i + 1))) {
            return true;
        }
        return (c == '-' || c == '\u2013' || c == '\u2014') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * The punctuation closes a word rather than an initial or an acronym ("D.C.", "M.Xi"): two
     * lower-case letters or two digits before it, or a closing quote or parenthesis.
     */
    private static boolean endsWord(String text, int start, int i) {
        if (i - start < 2) {
            return false;
        }
        char a = text.charAt(i - 1);
        char b = text.charAt(i - 2);
        return Character.isLowerCase(a) && Character.isLowerCase(b) || Character.isDigit(a) && Character.isDigit(b)
                || a == '"' || a == '\u00bb' || a == '\u201d' || a == ')';
    }

    private static boolean isClosing(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u00bb' || c == '\u201d' || c == ')' || c == '\'';
    }

    private static boolean startsSentence(String text, int i, int to) {
        int j = skipSpace(text, i, to);
        if (j >= to) {
            return false;
        }
        char c = text.charAt(j);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u00ab' || c == '\u201c'
                || c == '-' || c == '\u2013' || c == '\u2014' || c == '(';
    }

    private boolean isAbbreviation(String text, int sentenceStart, int dot) {
        // The word before the dot, looked for no further back than the longest abbreviation: a
        // run of dots without white space (a 20 MB line of "a.b.c...") would otherwise cost its
        // whole length at every dot.
        int floor = Math.max(sentenceStart, dot - MAX_ABBREVIATION - 1);
        int j = dot;
        while (j > sentenceStart && !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '(') {
            if (j == floor) {
                return false;
            }
            j--;
        }
        String word = text.substring(j, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word);
    }

    private void add(String text, int start, int end, Tokenizer.Words words, List<Sentence> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        List<Token> tokens = tokenizer.tokenize(text, start, end, words);
        if (!tokens.isEmpty()) {
            out.add(new Sentence(out.size(), new Span(start, end), text.substring(start, end), tokens));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    private static Set<String> loadAbbreviations() {
        Set<String> out = new HashSet<>();
        try (var in = SentenceSplitter.class.getResourceAsStream("abbreviations.txt")) {
            Objects.requireNonNull(in, "abbreviations.txt missing from the classpath");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
