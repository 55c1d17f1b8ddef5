package org.entente.text;

import java.text.Normalizer.Form;

/**
 * The single folding rule shared by tokens and dictionaries, so that "Tokaïev", "TOKAIEV" and
 * "tokaiev" meet: lower case, accents removed, typographic apostrophes and dashes unified,
 * ligatures (œ, æ) expanded.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static String fold(CharSequence s) {
        if (isFolded(s)) {
            // Most words of French text are lower-case ASCII already: return them as they are, so a
            // token's norm can be the very string of its text rather than a second copy of it.
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
                case '\u0153', '\u0152' -> out.append("oe");
                case '\u00e6', '\u00c6' -> out.append("ae");
                case '\u00df' -> out.append("ss");
                // Letters NFD does not decompose, which French spells without the stroke ("Støre", "Yıldırım").
                case '\u00f8', '\u00d8' -> out.append('o');
                case '\u0142', '\u0141' -> out.append('l');
                case '\u0111', '\u0110' -> out.append('d');
                case '\u0131' -> out.append('i');
                case '\u00a0', '\u202f', '\u2009' -> out.append(' ');
                default -> {
                    String d = java.text.Normalizer.normalize(String.valueOf(c), Form.NFD);
                    for (int j = 0; j < d.length(); j++) {
                        char x = d.charAt(j);
                        if (Character.getType(x) != Character.NON_SPACING_MARK) {
                            out.append(Character.toLowerCase(x));
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isFolded(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
