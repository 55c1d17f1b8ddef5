package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes page furniture (menus, share widgets, comment forms, credits) from decoded article text
 * and collects the datelines it removes. Rules come from {@code boilerplate.rules}; the format is
 * documented at the top of that file.
 *
 * <p>Only whole lines are ever removed: the characters of kept lines are untouched apart from
 * trimming, so evidence sentences can be quoted verbatim against the source.
 */
public final class BoilerplateCleaner {
    /** Furniture lines are short; a longer line is body text whatever words it contains. */
    static final int MAX_RULE_LINE = 400;
    /** A CUT line truncates only when at least this share of the text's characters precede it. */
    public static final double DEFAULT_TAIL_START = 0.5;
    /** LEAD rules look at this many first kept lines: the headline may precede the lead-in. */
    private static final int LEAD_LINES = 3;

    private static final Pattern ACTION_LINE = Pattern.compile("^(DROP|CUT|DATELINE|LEAD|DEFINE)\\s+(.+)$");
    private static final Pattern MACRO = Pattern.compile("(?<![pP])\\{([A-Z][A-Z_]*)\\}");
    private static final Pattern LEADING_BULLETS = Pattern.compile("^[\\s\\u00A0•·▪►▸‣◦○●*\\-–—|>»]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<CleaningRule> rules;
    private final List<String> agencies;
    private final double tailStart;

    public BoilerplateCleaner(List<CleaningRule> rules, List<String> agencies, double tailStart) {
        this.rules = List.copyOf(rules);
        this.agencies = List.copyOf(agencies);
        if (!(tailStart >= 0 && tailStart <= 1)) {
            throw new IllegalArgumentException("tailStart must be within [0, 1]: " + tailStart);
        }
        this.tailStart = tailStart;
    }

    /** The bundled rules ({@code boilerplate.rules}) and agency names ({@code agencies.txt}). */
    public static BoilerplateCleaner defaults() {
        List<String> agencies = parseAgencies(resource("agencies.txt"));
        return new BoilerplateCleaner(parseRules(resource("boilerplate.rules"), agencies), agencies,
                DEFAULT_TAIL_START);
    }

    public List<CleaningRule> rules() {
        return rules;
    }

    public Cleaned clean(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').split("\n", -1);
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = trim(lines[i]);
            total += lines[i].length();
        }
        List<String> kept = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        String source = null;
        long before = 0;
        for (String line : lines) {
            long position = before;
            before += line.length();
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            Match m = match(line);
            if (m == null) {
                kept.add(line);
                continue;
            }
            CleaningRule.Action action = m.rule.action();
            if (action == CleaningRule.Action.CUT && total > 0 && position >= tailStart * total) {
                break;
            }
            if (action == CleaningRule.Action.DATELINE) {
                if (DIGIT.matcher(line).find()) {
                    hints.add(line);
                }
                if (source == null) {
                    source = sourceOf(m.matcher, line);
                }
            }
        }
        int seen = 0;
        for (int i = 0; i < kept.size() && seen < LEAD_LINES; i++) {
            String line = kept.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher lead = lead(line);
            if (lead != null) {
                String date = group(lead, "date");
                if (date != null) {
                    hints.add(date);
                }
                if (source == null) {
                    source = sourceOf(lead, lead.group());
                }
                break;
            }
        }
        return new Cleaned(join(kept), hints, source);
    }

    private record Match(CleaningRule rule, Matcher matcher) {
    }

    private Match match(String line) {
        if (line.length() > MAX_RULE_LINE) {
            return null;
        }
        // Bullets and dashes are list decoration of the page, not part of what a rule describes.
        String key = LEADING_BULLETS.matcher(line).replaceFirst("");
        for (CleaningRule rule : rules) {
            if (rule.action() == CleaningRule.Action.LEAD) {
                continue;
            }
            Matcher m = rule.pattern().matcher(key);
            if (m.matches()) {
                return new Match(rule, m);
            }
        }
        return null;
    }

    private Matcher lead(String line) {
        for (CleaningRule rule : rules) {
            if (rule.action() == CleaningRule.Action.LEAD) {
                Matcher m = rule.pattern().matcher(line);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    private String sourceOf(Matcher m, String line) {
        String named = group(m, "source");
        if (named != null) {
            String agency = findAgency(named);
            return agency != null ? agency : trim(named);
        }
        return findAgency(line);
    }

    /** The first listed agency named in {@code text}, as a whole word, or null. */
    String findAgency(String text) {
        for (String agency : agencies) {
            int from = 0;
            int at;
            while ((at = text.indexOf(agency, from)) >= 0) {
                int end = at + agency.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startOk && endOk) {
                    return agency;
                }
                from = at + 1;
            }
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null || g.isBlank() ? null : g;
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Joins kept lines, collapsing blank runs to one blank line and dropping blank ends. */
    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }

    /** Trims white space including the no-break and zero-width spaces web pages are full of. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /**
     * Parses the rules format: {@code ACTION regex} per line, {@code #} comments, and
     * {@code DEFINE NAME regex} macros used later as {@code {NAME}}; {@code {AGENCY}} is
     * predefined as the alternation of {@code agencies}.
     */
    public static List<CleaningRule> parseRules(Reader reader, List<String> agencies) {
        List<CleaningRule> out = new ArrayList<>();
        Map<String, String> macros = new HashMap<>();
        StringBuilder alternation = new StringBuilder();
        for (String agency : agencies) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(agency));
        }
        macros.put("AGENCY", "(?:" + (alternation.length() == 0 ? "(?!)" : alternation) + ")");
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                Matcher a = ACTION_LINE.matcher(t);
                if (!a.matches()) {
                    throw new IllegalArgumentException("rules line " + no + ": expected ACTION regex: " + t);
                }
                String body = expand(a.group(2).strip(), macros, no);
                if (a.group(1).equals("DEFINE")) {
                    String[] parts = body.split("\\s+", 2);
                    if (parts.length != 2 || !parts[0].matches("[A-Z][A-Z_]*")) {
                        throw new IllegalArgumentException("rules line " + no + ": expected DEFINE NAME regex");
                    }
                    macros.put(parts[0], "(?:" + parts[1] + ")");
                    continue;
                }
                try {
                    out.add(new CleaningRule(CleaningRule.Action.valueOf(a.group(1)),
                            Pattern.compile(body, FLAGS), no));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("rules line " + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String expand(String pattern, Map<String, String> macros, int no) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("rules line " + no + ": undefined macro {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One agency or outlet name per line, {@code #} comments; longer names should come first. */
    public static List<String> parseAgencies(Reader reader) {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Reader resource(String name) {
        InputStream in = BoilerplateCleaner.class.getResourceAsStream(name);
        Objects.requireNonNull(in, () -> "missing resource org/entente/ingest/" + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
