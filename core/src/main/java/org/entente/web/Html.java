package org.entente.web;

import org.entente.export.HtmlText;

import java.nio.charset.StandardCharsets;

/**
 * Escaping for everything untrusted that a page shows: article text and titles, names, event
 * fields, URL parameters. Pages build HTML by concatenation, so every value goes through
 * {@link #text} (element content and quoted attribute values alike) or {@link #path} (a URL path
 * segment) on its way in.
 */
final class Html {
    private Html() {
    }

    /**
     * The value as HTML text, safe both between tags and inside a double- or single-quoted
     * attribute. Null becomes the empty string.
     */
    static String text(String s) {
        return HtmlText.escape(s);
    }

    /**
     * The value as one URL path segment: everything but unreserved characters is percent-encoded
     * (UTF-8), so ids with {@code #}, {@code ?}, {@code /} or quotes stay one segment. The result
     * contains only characters that need no HTML escaping.
     */
    static String path(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : (s == null ? "" : s).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * An id as the tail of a URL path: each {@code /}-separated part encoded as {@link #path}, the
     * slashes kept, because servers refuse an encoded slash ({@code %2F}) in a path and article ids
     * taken from URLs often contain slashes. Routes read such ids with Javalin's {@code <id>}.
     */
    static String pathTail(String s) {
        String[] parts = (s == null ? "" : s).split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(path(parts[i]));
        }
        return out.toString();
    }

    /** A query-string value: as {@link #path}, which is stricter than the query needs. */
    static String query(String s) {
        return path(s);
    }
}
