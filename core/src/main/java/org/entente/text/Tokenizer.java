package org.entente.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast French word tokenizer that keeps offsets into the original text.
 *
 * <p>Rules: elided articles and pronouns ("l'", "d'", "qu'", "s'") are their own tokens, as are
 * hyphens, so "sino-kazakhe", "Kassym-Jomart" and "a-t-il" are matched the same way in text and
 * in dictionaries; numbers keep inner dots, slashes, colons and an "h" between digits
 * ("08.06.2022", "08h10", "1er" stays one token); every other punctuation mark is a token.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, new Words());
    }

    /**
     * The spellings met so far in one text, each with its folded form: a text repeats a small
     * vocabulary, and its tokens share one copy of each word and its norm (a 20 MB article held
     * two fresh strings per token, half of what its tokens cost) and fold each word once.
     */
    static final class Words {
        private record Word(String text, String norm) {
        }

        private final Map<String, Word> known = new HashMap<>();

        private Word of(String text) {
            Word w = known.get(text);
            if (w == null) {
                w = new Word(text, Normalizer.fold(text));
                known.put(text, w);
            }
            return w;
        }
    }

    /** The tokens of text[from, to), their words shared with the other tokens tokenised with {@code words}. */
    List<Token> tokenize(String text, int from, int to, Words words) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                i = endOfNumber(text, i, to);
            } else if (Character.isLetter(c)) {
                i = endOfWord(text, i, to);
            } else {
                i++;
            }
            Words.Word word = words.of(text.substring(start, i));
            out.add(new Token(word.text, new Span(start, i), word.norm));
        }
        return out;
    }

    private static int endOfWord(String text, int i, int to) {
        int start = i;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c)) {
                // Elision: the apostrophe closes the token ("l'", "qu'"); "aujourd'hui" stays whole.
                if (i + 1 < to && Character.isLetter(text.charAt(i + 1))
                        && i - start == 7 && text.regionMatches(true, start, "aujourd", 0, 7)) {
                    i++;
                    continue;
                }
                return i + 1;
            } else if (c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && i + 2 < to && text.charAt(i + 2) == '.') {
                // Dotted acronyms such as "U.E." or "É.-U." stay one token.
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int endOfNumber(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == '/' || c == ':' || c == ',' || c == 'h' || c == 'H')
                    && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (Character.isLetter(c)) {
                // Ordinals and units glued to the number: "1er", "3e", "5ème", "30e".
                int j = i;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                return j;
            } else {
                return i;
            }
        }
        return i;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
