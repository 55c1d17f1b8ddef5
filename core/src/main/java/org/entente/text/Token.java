package org.entente.text;

/**
 * A token with its place in the article text.
 *
 * @param text  the characters as written
 * @param span  where they are in the article's cleaned text
 * @param norm  lower-cased, accent-folded form with typographic apostrophes unified: what
 *              dictionaries and trigger lexicons are matched against
 */
public record Token(String text, Span span, String norm) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return !norm.isEmpty() && Character.isLetterOrDigit(norm.charAt(0));
    }

    /** True for a word starting with an upper-case letter: a cheap cue for names. */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Written like a name: a capital, then a lower-case letter ("Diego", not "ONU" nor "de"). */
    public boolean isNameShaped() {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
    }
}
