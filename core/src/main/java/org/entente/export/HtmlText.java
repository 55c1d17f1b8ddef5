package org.entente.export;

/**
 * The one HTML escaper of Entente, for everything untrusted a page or an HTML dossier shows
 * (article text and titles, names, event fields): pages are built by concatenation, so every
 * stored value goes through {@link #escape} on its way in.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /**
     * The value as HTML text, safe both between tags and inside a double- or single-quoted
     * attribute. Null becomes the empty string.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // A NUL has no business in a page; browsers replace it anyway.
                case '\0' -> "\uFFFD";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
