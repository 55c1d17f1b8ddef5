package org.entente.time;

import org.entente.ingest.Article;
import org.entente.text.Sentence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published, from the most to the least trustworthy evidence: the input's
 * metadata and datelines (Article.dateHints), the URL path, then a date that opens the text
 * ("Le 1er décembre 2024, ..."). A month-precise date anchors relative words at the month's end:
 * the article was written at the latest then.
 */
public final class PublicationDateFinder {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");
    private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:/|[^\\d])");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/");
    private static final int OPENING_SENTENCES = 3;
    private static final int OPENING_CHARS = 60;

    private final TimeLexicon lexicon = TimeLexicon.load();
    private final Pattern textual;

    public PublicationDateFinder() {
        textual = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(" + lexicon.alternation("MONTH") + ")\\.?\\s+((?:19|20)\\d{2})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Optional<PublicationDate> find(Article article, List<Sentence> sentences) {
        for (String hint : article.dateHints()) {
            Optional<LocalDate> d = parse(hint);
            if (d.isPresent()) {
                String provenance = hint.equals(article.dateHints().get(0)) && looksLikeMetadata(hint) ? "metadata" : "dateline";
                return Optional.of(day(d.get(), provenance));
            }
        }
        if (article.url() != null) {
            Matcher m = URL_PATH.matcher(article.url());
            if (m.find()) {
                try {
                    return Optional.of(day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))), "url"));
                } catch (RuntimeException notADate) {
                    // fall through to month precision
                }
            }
            m = URL_MONTH.matcher(article.url());
            if (m.find()) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), "url"));
            }
        }
        return fromOpening(sentences);
    }

    private static boolean looksLikeMetadata(String hint) {
        return ISO.matcher(hint).lookingAt();
    }

    private Optional<LocalDate> parse(String hint) {
        try {
            Matcher m = ISO.matcher(hint);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = DMY.matcher(hint);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = textual.matcher(hint);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), lexicon.value("MONTH", m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A full date, or a month and year, at the very start of one of the first sentences: news
     * articles open with the day of the event they report, which is at most the day of writing.
     */
    private Optional<PublicationDate> fromOpening(List<Sentence> sentences) {
        Pattern monthYear = Pattern.compile("(?<![\\p{L}\\d])(?:début|fin|mi-|courant|en)?\\s*(" + lexicon.alternation("MONTH")
                + ")\\s+((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int i = 0; i < Math.min(OPENING_SENTENCES, sentences.size()); i++) {
            String text = sentences.get(i).text();
            String head = text.substring(0, Math.min(text.length(), OPENING_CHARS));
            Matcher m = textual.matcher(head);
            if (m.find()) {
                try {
                    return Optional.of(day(LocalDate.of(Integer.parseInt(m.group(3)), lexicon.value("MONTH", m.group(2)),
                            Integer.parseInt(m.group(1))), "text"));
                } catch (RuntimeException notADate) {
                    continue;
                }
            }
            m = monthYear.matcher(head);
            if (m.find() && m.start() < 20) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(2)), lexicon.value("MONTH", m.group(1))), "text"));
            }
        }
        return Optional.empty();
    }

    private static PublicationDate day(LocalDate d, String provenance) {
        return new PublicationDate(d.toString(), d, Granularity.DAY, provenance);
    }

    private static PublicationDate month(YearMonth m, String provenance) {
        return new PublicationDate(m.toString(), m.atEndOfMonth(), Granularity.MONTH, provenance);
    }
}
