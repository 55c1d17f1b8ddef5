package org.entente.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * String operations with the exact semantics of the Python built-ins score.py relies on
 * ({@code str.split()}, {@code str.strip()}, {@code re \w}, slicing and comparison by code point),
 * so that the Java scorer and the reference script agree on every input, not only on ASCII.
 */
final class PyText {
    private static final int YPOGEGRAMMENI = 0x0345; // combining class 240, the highest in use
    private static final int TILDE_OVERLAY = 0x0334; // combining class 1, the lowest non-zero

    private PyText() {
    }

    /** score.py {@code fold}: NFKD, combining marks dropped, lower case, ’ to ', - to space, spaces squeezed. */
    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(d.length());
        d.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('-', ' ');
        return String.join(" ", split(lower));
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}. The JDK exposes no canonical combining class, but
     * canonical reordering reveals it: a mark moves before U+0345 (class 240) iff its class is in 1..239,
     * and after U+0334 (class 1) iff its class is above 1.
     */
    static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        String c = Character.toString(cp);
        String before = Character.toString(YPOGEGRAMMENI) + c;
        String after = c + Character.toString(TILDE_OVERLAY);
        return !Normalizer.normalize(before, Normalizer.Form.NFD).equals(before)
                || !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after);
    }

    /** Python {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python {@code str.split()} without arguments. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Python {@code str.strip()} without arguments. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.codePointAt(b))) {
            b += Character.charCount(s.codePointAt(b));
        }
        while (e > b && isSpace(s.codePointBefore(e))) {
            e -= Character.charCount(s.codePointBefore(e));
        }
        return s.substring(b, e);
    }

    /** Python {@code re.findall(r"\w+", s)} on a str pattern. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Python's \w: alphanumeric in the {@code str.isalnum()} sense (letters, any numeric value) or '_'. */
    static boolean isWordChar(int cp) {
        return cp == '_' || Character.isLetter(cp) || Character.getNumericValue(cp) != -1;
    }

    /** Python {@code len(s)}. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python {@code s[:n]}. */
    static String prefix(String s, int n) {
        if (n >= length(s)) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python string ordering: by code point, not by UTF-16 unit. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
