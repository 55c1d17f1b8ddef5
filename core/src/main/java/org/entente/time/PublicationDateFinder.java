package org.entente.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.ingest.Article;
import org.entente.text.Normalizer;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * Finds when an article was published, trying in order:
 * <ol>
 * <li>{@link Article#dateHints()}, most authoritative first: the first hint with a complete date
 *     wins (ISO "2024-05-06[T10:00:00Z]", "08.06.2022", "08/06/2022", "5 mai 2024", else
 *     "juin 2022" at month precision). Only if no hint is complete, a day and month without year
 *     ("le 08/06", "PARIS, 5 mai (AFP)") is completed with a year found in another hint or in
 *     the URL path ("/2024/"); otherwise it is left unresolved. A hint that is nothing but a date/time is
 *     "metadata"; one with words around the date is a "dateline".</li>
 * <li>The URL path: "/2024/05/06/", "/20241119/", "/2024-05-06/", else "/2024/05/" (month).
 *     Provenance "url".</li>
 * <li>Dateline lines left in the body by scrapers: among the first {@value #DATELINE_SENTENCES}
 *     sentences, short ones (at most {@value #DATELINE_TOKENS} tokens) holding a numeric date
 *     ("Agence | 14.03.2023 09h02", "Mis à jour le 14/03") are read as hints. Provenance
 *     "dateline".</li>
 * <li>The first two sentences: an absolute day or month date at the very beginning ("Le 1er
 *     décembre 2024, ...", "Début juillet 2024, ..."). Provenance "text".</li>
 * </ol>
 * For month precision the anchor is the last day of that month: such an article was written
 * after what it reports, so past-tense relative words must still land inside or before that
 * month. Day-precise relative words are not resolved against it (see {@link AnchorCalendar}).
 */
public final class PublicationDateFinder {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final int OPENING_SENTENCES = 2;
    private static final int OPENING_TOKENS = 1;
    private static final int DATELINE_SENTENCES = 8;
    private static final int DATELINE_TOKENS = 12;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_NUMERIC = Pattern.compile("(?<![\\d./:h])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ONLY_DATE_TIME = Pattern.compile("[\\d\\s\\-./:+tz]+");
    private static final Pattern[] URL_DAYS = {
            Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$|[^\\d])"),
            Pattern.compile("/(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"),
            Pattern.compile("[/_-](\\d{4})(\\d{2})(\\d{2})(?=[/_.\\-]|$)")};
    private static final Pattern URL_MONTH = Pattern.compile("/(\\d{4})/(\\d{1,2})/");
    private static final Pattern URL_YEAR = Pattern.compile("/(\\d{4})(?=[/_\\-]|$)");

    private final TimeLexicon lexicon;
    private final TimeTagger tagger;
    private final Pattern dayMonthWords;
    private final Pattern monthYearWords;

    public PublicationDateFinder() {
        this(TimeLexicon.load(), TenseDetector.load());
    }

    public PublicationDateFinder(TimeLexicon lexicon, TenseDetector tense) {
        this.lexicon = lexicon;
        this.tagger = new TimeTagger(lexicon, tense);
        String months = lexicon.months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.dayMonthWords = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:er|re|ere)?\\s+(" + months
                + ")\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])");
        this.monthYearWords = Pattern.compile("(?<![\\p{L}])(" + months + ")\\.?\\s+(\\d{4})(?!\\d)");
    }

    public Optional<PublicationDate> find(Article article, List<Sentence> sentences) {
        return fromHints(article.dateHints(), article.url())
                .or(() -> fromUrl(article.url()))
                .or(() -> fromDatelineLines(sentences, article.url()))
                .or(() -> fromText(sentences));
    }

    /**
     * The latest day the article states in full ("le 12 mars 2013"): an article without any date
     * was written no earlier, so its titles ("le Premier ministre russe") are those of that day
     * rather than today's. Only a lower bound: time words are not resolved against it.
     */
    public Optional<LocalDate> latestStatedDay(List<Sentence> sentences) {
        LocalDate latest = null;
        for (Sentence s : sentences) {
            for (TimeExpression e : tagger.find(s, null)) {
                if (!e.relative() && e.value() != null && e.granularity() == Granularity.DAY) {
                    LocalDate d = LocalDate.parse(e.value());
                    if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR && (latest == null || d.isAfter(latest))) {
                        latest = d;
                    }
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    Optional<PublicationDate> fromHints(List<String> hints, String url) {
        for (String hint : hints) {
            Optional<PublicationDate> d = completeDay(hint);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String hint : hints) {
            Optional<PublicationDate> d = monthOnly(hint);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String hint : hints) {
            Optional<int[]> dm = dayMonth(hint);
            if (dm.isEmpty()) {
                continue;
            }
            Optional<Integer> year = yearElsewhere(hints, hint, url);
            if (year.isPresent()) {
                Optional<LocalDate> d = AnchorCalendar.date(year.get(), dm.get()[1], dm.get()[0]);
                if (d.isPresent()) {
                    return Optional.of(PublicationDate.day(d.get(), provenance(hint)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> completeDay(String hint) {
        String h = Normalizer.fold(hint);
        List<Matcher> found = new ArrayList<>();
        for (Pattern p : new Pattern[]{ISO, DAY_FIRST}) {
            Matcher m = p.matcher(h);
            if (m.find()) {
                found.add(m);
            }
        }
        for (Matcher m : found) {
            boolean iso = m.pattern() == ISO;
            int y = Integer.parseInt(m.group(iso ? 1 : 3));
            int mo = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(iso ? 3 : 1));
            Optional<LocalDate> date = validYear(y) ? AnchorCalendar.date(y, mo, d) : Optional.empty();
            if (date.isPresent()) {
                return Optional.of(PublicationDate.day(date.get(), provenance(hint)));
            }
        }
        Matcher w = dayMonthWords.matcher(h);
        while (w.find()) {
            if (w.group(3) != null && validYear(Integer.parseInt(w.group(3)))) {
                Optional<LocalDate> date = AnchorCalendar.date(Integer.parseInt(w.group(3)),
                        lexicon.months.get(w.group(2)), Integer.parseInt(w.group(1)));
                if (date.isPresent()) {
                    return Optional.of(PublicationDate.day(date.get(), provenance(hint)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> monthOnly(String hint) {
        Matcher m = monthYearWords.matcher(Normalizer.fold(hint));
        if (m.find() && validYear(Integer.parseInt(m.group(2)))) {
            return Optional.of(PublicationDate.month(YearMonth.of(Integer.parseInt(m.group(2)), lexicon.months.get(m.group(1))),
                    provenance(hint)));
        }
        return Optional.empty();
    }

    /** Day and month of a hint that has no year: {day, month}. */
    private Optional<int[]> dayMonth(String hint) {
        String h = Normalizer.fold(hint);
        Matcher n = DAY_MONTH_NUMERIC.matcher(h);
        if (n.find()) {
            return Optional.of(new int[]{Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2))});
        }
        Matcher w = dayMonthWords.matcher(h);
        if (w.find()) {
            return Optional.of(new int[]{Integer.parseInt(w.group(1)), lexicon.months.get(w.group(2))});
        }
        return Optional.empty();
    }

    private static Optional<Integer> yearElsewhere(List<String> hints, String self, String url) {
        for (String hint : hints) {
            if (hint.equals(self)) {
                continue;
            }
            Matcher m = YEAR.matcher(hint);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (validYear(y)) {
                    return Optional.of(y);
                }
            }
        }
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_YEAR.matcher(url.replaceFirst("^[a-zA-Z]+://[^/]*", ""));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (validYear(y)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    static Optional<PublicationDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        for (Pattern p : URL_DAYS) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                Optional<LocalDate> d = validYear(y)
                        ? AnchorCalendar.date(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : Optional.empty();
                if (d.isPresent()) {
                    return Optional.of(PublicationDate.day(d.get(), "url"));
                }
            }
        }
        Matcher m = URL_MONTH.matcher(path);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (validYear(y) && mo >= 1 && mo <= 12) {
                return Optional.of(PublicationDate.month(YearMonth.of(y, mo), "url"));
            }
        }
        return Optional.empty();
    }

    Optional<PublicationDate> fromDatelineLines(List<Sentence> sentences, String url) {
        List<String> lines = new ArrayList<>();
        for (Sentence s : sentences.subList(0, Math.min(DATELINE_SENTENCES, sentences.size()))) {
            String folded = Normalizer.fold(s.text());
            if (s.tokens().size() <= DATELINE_TOKENS && (ISO.matcher(folded).find()
                    || DAY_FIRST.matcher(folded).find() || DAY_MONTH_NUMERIC.matcher(folded).find())) {
                lines.add(s.text());
            }
        }
        return fromHints(lines, url).map(d -> new PublicationDate(d.value(), d.anchor(), d.granularity(), "dateline"));
    }

    Optional<PublicationDate> fromText(List<Sentence> sentences) {
        for (Sentence s : sentences.subList(0, Math.min(OPENING_SENTENCES, sentences.size()))) {
            List<TimeExpression> found = tagger.find(s, null);
            if (found.isEmpty()) {
                continue;
            }
            TimeExpression e = found.get(0);
            int at = tokenIndex(s, e.span().start());
            if (e.relative() || e.value() == null || at > OPENING_TOKENS && !afterDatelinePlace(s, at)) {
                continue;
            }
            Optional<PublicationDate> stated = PublicationDate.of(e.value(), e.granularity(), "text");
            if (stated.isPresent()) {
                return stated;
            }
        }
        return Optional.empty();
    }

    /** "PÉKIN, 6 avril 2023 — ...": a place in capitals or capitalised words, then a comma, opens a dispatch. */
    private static boolean afterDatelinePlace(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        if (at < 2 || at > 5 || !tokens.get(at - 1).text().equals(",")) {
            return false;
        }
        for (int i = 0; i < at - 1; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() && !t.text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static int tokenIndex(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static String provenance(String hint) {
        return ONLY_DATE_TIME.matcher(Normalizer.fold(hint).strip()).matches() ? "metadata" : "dateline";
    }

    private static boolean validYear(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }
}
