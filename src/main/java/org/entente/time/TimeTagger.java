package org.entente.time;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Span;
import org.entente.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds French time expressions in a sentence and resolves them against the publication date.
 *
 * <p>Rules are tried from the most to the least specific; a span claimed by one rule is not
 * matched again. Relative words follow news conventions: a bare weekday is the most recent such
 * day on or before publication, unless the verbs around it are in the future or conditional (then
 * the next one); a month without year is the one of the publication year, moved a year back or
 * forward when the tense says so. Words are read from {@code lexicon.tsv}.
 */
public final class TimeTagger {
    private record Resolved(String value, Granularity granularity) {
    }

    private record Context(LocalDate anchor, boolean future) {
    }

    private record Rule(Pattern pattern, boolean relative, BiFunction<Matcher, Context, Resolved> resolve) {
    }

    private final TimeLexicon lexicon;
    private final List<Rule> rules = new ArrayList<>();

    public TimeTagger() {
        this.lexicon = TimeLexicon.load();
        String month = lexicon.alternation("MONTH");
        String weekday = lexicon.alternation("WEEKDAY");
        String number = "(\\d{1,3}|" + lexicon.alternation("NUMBER") + ")";
        String unit = lexicon.alternation("UNIT");
        String day = "(\\d{1,2})(?:er|e)?";
        String year = "((?:1[89]|20)\\d{2})";
        String b = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        // Intervals: "les 3 et 4 juillet 2024", "du 5 au 7 avril", "entre le 5 et le 7 avril".
        add(b + "(?:les\\s+)?" + day + "\\s+et\\s+(?:le\\s+)?" + day + "\\s+(" + month + ")\\.?(?:\\s+" + year + ")?" + e, false,
                (m, c) -> interval(m.group(1), null, m.group(2), m.group(3), m.group(4), c));
        add(b + "(?:du|entre le)\\s+" + day + "(?:\\s+(" + month + "))?\\s+(?:au|et le)\\s+" + day + "\\s+(" + month + ")\\.?(?:\\s+" + year + ")?" + e, false,
                (m, c) -> interval(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), c));
        // Days: "le 1er décembre 2024", "mercredi 3 juillet", "3 juillet".
        add(b + "(?:" + weekday + "\\s+)?" + day + "\\s+(" + month + ")\\.?(?:\\s+" + year + ")?" + e, false,
                (m, c) -> dayOf(m.group(1), m.group(2), m.group(3), c));
        add(b + "(\\d{1,2})[./](\\d{1,2})[./](\\d{4})" + e, false,
                (m, c) -> iso(m.group(3), m.group(2), m.group(1)));
        add(b + "(\\d{4})-(\\d{2})-(\\d{2})" + e, false, (m, c) -> iso(m.group(1), m.group(2), m.group(3)));
        // Parts of months: "début juillet 2024", "fin mars", "mi-mai", "courant avril".
        add(b + "(?:au\\s+)?(?:début|debut|fin|mi-|mi|courant|à la fin|a la fin|au début|au debut)(?:\\s+(?:de\\s+|d'|du mois de\\s+))?\\s*(" + month + ")(?:\\s+" + year + ")?" + e, false,
                (m, c) -> monthOf(m.group(1), m.group(2), c));
        add(b + "(" + month + ")\\s+" + year + e, false, (m, c) -> monthOf(m.group(1), m.group(2), c));
        add(b + "(?:en|au mois de|depuis|dès|fin)\\s+(" + month + ")" + e, true, (m, c) -> monthOf(m.group(1), null, c));
        // Relative days.
        add(b + "(avant-hier|après-demain|apres-demain|aujourd'hui|aujourd’hui|hier|demain)" + e, true,
                (m, c) -> relativeDay(m.group(1), c));
        add(b + "(?:(?:ce|le)\\s+)?(" + weekday + ")(?:\\s+(dernier|prochain|passé))?" + e, true,
                (m, c) -> weekdayOf(m.group(1), m.group(2), c));
        // Relative years, months and weeks.
        add(b + "(l'an|l’an|l'année|l’année)\\s+(dernier|dernière|passé|passée|prochain|prochaine)" + e, true,
                (m, c) -> shiftYear(m.group(2), c));
        add(b + "(cette année|cette annee|l'année en cours|l’année en cours)" + e, true,
                (m, c) -> c.anchor == null ? null : new Resolved(String.valueOf(c.anchor.getYear()), Granularity.YEAR));
        add(b + "(le mois (dernier|prochain|passé)|ce mois-ci|ce mois)" + e, true, (m, c) -> shiftMonth(m.group(2), c));
        add(b + "la semaine (dernière|derniere|prochaine|passée)" + e, true, (m, c) -> week(m.group(1), c));
        add(b + "il y a\\s+" + number + "\\s+(" + unit + ")" + e, true, (m, c) -> ago(m.group(1), m.group(2), -1, c));
        add(b + "dans\\s+" + number + "\\s+(" + unit + ")" + e, true, (m, c) -> ago(m.group(1), m.group(2), 1, c));
        // Anniversaries and spans that date a founding event: "le 30e anniversaire de l'établissement",
        // "32 années de coopération après l'établissement", "après 25 ans de relations".
        add(b + "(?:le\\s+)?(\\d{1,3})(?:e|ème|eme)\\s+anniversaire" + e, true, (m, c) -> yearsBefore(m.group(1), c));
        add(b + number + "\\s+(?:années|annees|ans)(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:après|apres|depuis)\\s+(?:l'|l’|le |la )?(?:établissement|etablissement|création|creation|fondation|signature|instauration)" + e, true,
                (m, c) -> yearsBefore(m.group(1), c));
        // Years: "en 2025", "depuis 1992", "(2019)", and a year after a preposition.
        add(b + "(?:en|depuis|dès|jusqu'en|jusqu’en|d'ici|d’ici|à partir de|a partir de|avant|après|de|fin|début)\\s+" + year + e, false,
                (m, c) -> new Resolved(m.group(1), Granularity.YEAR));
        add("\\(" + year + "\\)", false, (m, c) -> new Resolved(m.group(1), Granularity.YEAR));
    }

    private void add(String regex, boolean relative, BiFunction<Matcher, Context, Resolved> resolve) {
        rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), relative, resolve));
    }

    /** Time expressions of the sentence, in text order, offsets into the article text. */
    public List<TimeExpression> find(LemmatizedSentence sentence, PublicationDate published) {
        String text = sentence.sentence().text();
        int base = sentence.sentence().start();
        LocalDate anchor = published == null ? null : published.anchor();
        List<TimeExpression> out = new ArrayList<>();
        boolean[] claimed = new boolean[text.length() + 1];
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (isClaimed(claimed, m.start(), m.end())) {
                    continue;
                }
                Span span = new Span(base + m.start(), base + m.end());
                Resolved v;
                try {
                    v = r.resolve().apply(m, new Context(anchor, future(sentence, span)));
                } catch (RuntimeException invalid) {
                    continue; // "31 février": not a date
                }
                for (int i = m.start(); i < m.end(); i++) {
                    claimed[i] = true;
                }
                out.add(new TimeExpression(span, m.group(), v == null ? null : v.value(),
                        v == null ? null : v.granularity(), r.relative()));
            }
        }
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    private static boolean isClaimed(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    /** Future or conditional verbs near the expression tell that it points forward. */
    private static boolean future(LemmatizedSentence s, Span span) {
        List<Token> tokens = s.tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).end() <= span.start()) {
            at++;
        }
        for (int i = Math.max(0, at - 8); i < Math.min(tokens.size(), at + 8); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                continue;
            }
            var f = s.forms().get(i);
            if (f.isVerb() && (f.isFuture() || f.isConditional()) && !f.isNoun()) {
                return true;
            }
            String n = tokens.get(i).norm();
            if (n.equals("prochain") || n.equals("prochaine") || n.equals("prevu") || n.equals("prevue")) {
                return true;
            }
        }
        return false;
    }

    private Resolved dayOf(String d, String monthWord, String y, Context c) {
        int month = lexicon.value("MONTH", monthWord);
        int day = Integer.parseInt(d);
        int year;
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (c.anchor != null) {
            year = yearFor(month, c);
            LocalDate candidate = LocalDate.of(year, month, day);
            if (!c.future && candidate.isAfter(c.anchor.plusDays(7)) && month == c.anchor.getMonthValue()) {
                year = year - 1;
            }
        } else {
            return null;
        }
        return new Resolved(LocalDate.of(year, month, day).toString(), Granularity.DAY);
    }

    private Resolved interval(String d1, String m1, String d2, String m2, String y, Context c) {
        Resolved end = dayOf(d2, m2, y, c);
        if (end == null) {
            return null;
        }
        LocalDate last = LocalDate.parse(end.value());
        int month1 = m1 == null ? last.getMonthValue() : lexicon.value("MONTH", m1);
        int year1 = month1 > last.getMonthValue() ? last.getYear() - 1 : last.getYear();
        LocalDate first = LocalDate.of(year1, month1, Integer.parseInt(d1));
        return new Resolved(first + "/" + last, Granularity.INTERVAL);
    }

    private static Resolved iso(String y, String m, String d) {
        return new Resolved(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString(), Granularity.DAY);
    }

    private Resolved monthOf(String monthWord, String y, Context c) {
        Integer month = lexicon.value("MONTH", monthWord);
        if (month == null) {
            return null;
        }
        int year;
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (c.anchor != null) {
            year = yearFor(month, c);
        } else {
            return null;
        }
        return new Resolved(YearMonth.of(year, month).toString(), Granularity.MONTH);
    }

    /** The year of a month named without one: this year, unless tense and order say otherwise. */
    private static int yearFor(int month, Context c) {
        int year = c.anchor.getYear();
        if (c.future && month < c.anchor.getMonthValue()) {
            return year + 1;
        }
        if (!c.future && month > c.anchor.getMonthValue()) {
            return year - 1;
        }
        return year;
    }

    private Resolved weekdayOf(String word, String qualifier, Context c) {
        if (c.anchor == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(lexicon.value("WEEKDAY", word));
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        LocalDate d;
        if (q.startsWith("prochain") || (q.isEmpty() && c.future)) {
            d = c.anchor.with(TemporalAdjusters.next(dow));
        } else if (q.startsWith("dernier") || q.startsWith("pass")) {
            d = c.anchor.with(TemporalAdjusters.previous(dow));
        } else {
            d = c.anchor.with(TemporalAdjusters.previousOrSame(dow));
        }
        return new Resolved(d.toString(), Granularity.DAY);
    }

    private static Resolved relativeDay(String word, Context c) {
        if (c.anchor == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int shift = switch (w) {
            case "avant-hier" -> -2;
            case "hier" -> -1;
            case "demain" -> 1;
            case "après-demain", "apres-demain" -> 2;
            default -> 0;
        };
        return new Resolved(c.anchor.plusDays(shift).toString(), Granularity.DAY);
    }

    private static Resolved shiftYear(String which, Context c) {
        if (c.anchor == null) {
            return null;
        }
        int shift = which.toLowerCase(Locale.ROOT).startsWith("prochain") ? 1 : -1;
        return new Resolved(String.valueOf(c.anchor.getYear() + shift), Granularity.YEAR);
    }

    private static Resolved shiftMonth(String which, Context c) {
        if (c.anchor == null) {
            return null;
        }
        int shift = which == null ? 0 : which.toLowerCase(Locale.ROOT).startsWith("prochain") ? 1 : -1;
        return new Resolved(YearMonth.from(c.anchor).plusMonths(shift).toString(), Granularity.MONTH);
    }

    private static Resolved week(String which, Context c) {
        if (c.anchor == null) {
            return null;
        }
        int shift = which.toLowerCase(Locale.ROOT).startsWith("prochain") ? 1 : -1;
        LocalDate monday = c.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        return new Resolved(monday + "/" + monday.plusDays(6), Granularity.INTERVAL);
    }

    private Resolved ago(String count, String unitWord, int sign, Context c) {
        Integer n = lexicon.number(count);
        if (c.anchor == null || n == null) {
            return null;
        }
        String unit = lexicon.text("UNIT", unitWord);
        return switch (unit) {
            case "DAY" -> new Resolved(c.anchor.plusDays(sign * (long) n).toString(), Granularity.DAY);
            case "WEEK" -> new Resolved(c.anchor.plusWeeks(sign * (long) n).toString(), Granularity.DAY);
            case "MONTH" -> new Resolved(YearMonth.from(c.anchor).plusMonths(sign * (long) n).toString(), Granularity.MONTH);
            case "DECADE" -> new Resolved(String.valueOf(c.anchor.getYear() + sign * 10 * n), Granularity.YEAR);
            default -> new Resolved(String.valueOf(c.anchor.getYear() + sign * n), Granularity.YEAR);
        };
    }

    private Resolved yearsBefore(String count, Context c) {
        Integer n = lexicon.number(count);
        if (c.anchor == null || n == null) {
            return null;
        }
        return new Resolved(String.valueOf(c.anchor.getYear() - n), Granularity.YEAR);
    }
}
