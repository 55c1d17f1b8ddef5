package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture (menus, share buttons, rating widgets, comment forms, credits) from an
 * article body, line by line, with the rules of {@code boilerplate.rules}; keeps datelines as
 * date hints and the agency as source. Body lines are kept as written: evidence is quoted verbatim.
 */
public final class BoilerplateCleaner {
    enum Action { DROP, CUT, DATELINE, SOURCE }

    record LineRule(Action action, Pattern pattern, int line) {
    }

    /**
     * @param text      the body without furniture
     * @param dateHints dateline lines removed from the body, in text order
     * @param source    agency or outlet named by a dateline or credit, or null
     */
    public record Cleaned(String text, List<String> dateHints, String source) {
        public Cleaned {
            dateHints = List.copyOf(dateHints);
        }
    }

    private static final Pattern LEADING_BULLETS = Pattern.compile("^[•·●▪■◦‣*\\-–—\\s]+");

    private final List<LineRule> rules;

    public BoilerplateCleaner(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static BoilerplateCleaner load() {
        try (InputStream in = BoilerplateCleaner.class.getResourceAsStream("boilerplate.rules")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate.rules missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LineRule> rules = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException("boilerplate.rules line " + n + ": expected ACTION<TAB>REGEX");
                }
                rules.add(new LineRule(Action.valueOf(line.substring(0, tab).trim()),
                        Pattern.compile(line.substring(tab + 1).trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                                | Pattern.UNICODE_CHARACTER_CLASS), n));
            }
            return new BoilerplateCleaner(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Cleaned clean(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        String source = null;
        int cutFrom = lines.length * 2 / 3;
        outer:
        for (int i = 0; i < lines.length; i++) {
            String line = stripEnd(lines[i]);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
                continue;
            }
            String probe = LEADING_BULLETS.matcher(trimmed).replaceFirst("");
            for (LineRule rule : rules) {
                Matcher m = rule.pattern().matcher(probe.isEmpty() ? trimmed : probe);
                if (!m.matches()) {
                    continue;
                }
                switch (rule.action()) {
                    case DROP -> {
                        continue outer;
                    }
                    case CUT -> {
                        if (i >= cutFrom) {
                            break outer;
                        }
                    }
                    case DATELINE -> {
                        hints.add(trimmed);
                        if (source == null) {
                            source = group(m, "source");
                        }
                        continue outer;
                    }
                    case SOURCE -> {
                        if (source == null) {
                            source = group(m, "source");
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return new Cleaned(String.join("\n", kept), hints, source == null ? null : source.strip());
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
