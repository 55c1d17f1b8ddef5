package org.entente.pipeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.events.Event;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;
import org.entente.time.DateSpan;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.entente.time.Granularity;
import org.entente.time.PublicationDate;
import org.entente.time.TimeExpression;
import org.entente.time.TimeTagger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every date the engine emits, whatever the time expression and the publication date, is an ISO
 * "YYYY", "YYYY-MM", "YYYY-MM-DD" or a "START/END" span of those with START not after END: the
 * shape every later stage (cross-article dating, merging, the store's date columns) relies on.
 * Expressions are generated from French patterns with numbers in and out of range (the 31st of
 * February, spans of years given backwards, years of 1, 3 or 5 digits).
 */
class EmittedDatesProperties {
    private static final Pipeline PIPELINE = Pipeline.create(false);
    private static final TimeTagger TAGGER = new TimeTagger();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");
    private static final List<String> WEEKDAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    @Property(tries = 2000)
    void theTaggerEmitsOnlyIsoDatesAndSpans(@ForAll("expressions") String expression, @ForAll("publications") PublicationDate published) {
        String text = "Emmanuel Macron a rencontré Xi Jinping à Pékin " + expression + ".";
        for (Sentence s : SPLITTER.split(text)) {
            for (TimeExpression t : TAGGER.find(s, published)) {
                assertTrue(t.value() == null || DateSpan.isValid(t.value()),
                        () -> "\"" + t.value() + "\" from \"" + t.text() + "\" in \"" + text + "\", published " + published);
            }
        }
    }

    @Property(tries = 300)
    void everyEventOfARunIsDatedIsoAndNoArticleFails(@ForAll("expressions") String expression,
                                                     @ForAll("days") LocalDate published) {
        String sentence = "Emmanuel Macron a rencontré Xi Jinping à Pékin " + expression + ".";
        // One dated and one undated article report the same meeting: the cross-article stages run too.
        List<Article> articles = List.of(
                new Article("dated", "dated.txt", null, "Rencontre", null, List.of(published.toString()), sentence),
                new Article("undated", "undated.txt", null, "Rencontre", null, List.of(), sentence));
        List<InputProblem> problems = new ArrayList<>();
        List<Event> events = new Runner(PIPELINE, 1).runArticles(articles, problems::add).events();
        assertEquals(List.of(), problems, sentence);
        for (Event e : events) {
            assertTrue(e.date() == null || DateSpan.isValid(e.date()), () -> "\"" + e.date() + "\" for \"" + sentence + "\"");
        }
    }

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 40);
        Arbitrary<String> month = Arbitraries.of(MONTHS);
        Arbitrary<Integer> year = Arbitraries.oneOf(Arbitraries.integers().between(1900, 2100),
                Arbitraries.integers().between(1, 99999));
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 500);
        Arbitrary<String> weekday = Arbitraries.of(WEEKDAYS);
        Arbitrary<String> unit = Arbitraries.of("jours", "semaines", "mois", "ans", "années");
        return Arbitraries.oneOf(
                Combinators.combine(day, month, year).as((d, m, y) -> "le " + d + " " + m + " " + y),
                Combinators.combine(day, month).as((d, m) -> "le " + d + " " + m),
                Combinators.combine(day, day, month, year).as((a, b, m, y) -> "du " + a + " au " + b + " " + m + " " + y),
                Combinators.combine(day, month, day, month).as((a, m, b, n) -> "du " + a + " " + m + " au " + b + " " + n),
                Combinators.combine(day, day, month).as((a, b, m) -> "les " + a + " et " + b + " " + m),
                Combinators.combine(day, day, month).as((a, b, m) -> "entre le " + a + " et le " + b + " " + m),
                Combinators.combine(year, year).as((a, b) -> "entre " + a + " et " + b),
                Combinators.combine(year, year).as((a, b) -> "de " + a + " à " + b),
                Combinators.combine(month, year).as((m, y) -> "en " + m + " " + y),
                Combinators.combine(Arbitraries.of("début", "fin", "mi-", "courant"), month)
                        .as((w, m) -> w + (w.endsWith("-") ? "" : " ") + m),
                year.map(y -> "en " + y),
                year.map(y -> "fin " + y),
                year.map(y -> "d'ici à " + y),
                year.map(y -> "jusqu'en " + y),
                year.map(y -> "depuis " + y),
                weekday,
                Combinators.combine(weekday, Arbitraries.of("dernier", "prochain")).as((w, d) -> w + " " + d),
                Combinators.combine(weekday, day, month).as((w, d, m) -> "le " + w + " " + d + " " + m),
                Combinators.combine(count, unit).as((n, u) -> "il y a " + n + " " + u),
                Combinators.combine(count, unit).as((n, u) -> "dans " + n + " " + u),
                Combinators.combine(count, unit).as((n, u) -> "d'ici " + n + " " + u),
                count.map(n -> n + " ans après l'établissement des relations"),
                count.map(n -> "le " + n + "e anniversaire du traité"),
                Combinators.combine(day, Arbitraries.integers().between(0, 14), year)
                        .as((d, m, y) -> String.format("%02d/%02d/%d", d, m, y)),
                Combinators.combine(day, Arbitraries.integers().between(0, 14), year)
                        .as((d, m, y) -> String.format("%d-%02d-%02d", y, m, d)),
                Combinators.combine(day, Arbitraries.integers().between(0, 14), year)
                        .as((d, m, y) -> String.format("%02d.%02d.%d", d, m, y)),
                Arbitraries.of("l'an dernier", "l'année prochaine", "la semaine dernière", "le mois prochain", "hier",
                        "avant-hier", "demain", "aujourd'hui", "la fin de l'année", "la fin du mois", "cette année",
                        "ce mois-ci", "l'an passé"));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 200).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<PublicationDate> publications() {
        Arbitrary<PublicationDate> byDay = days().map(d -> new PublicationDate(d.toString(), d, Granularity.DAY, "metadata"));
        Arbitrary<PublicationDate> byMonth = days().map(d -> {
            LocalDate end = d.withDayOfMonth(d.lengthOfMonth());
            return new PublicationDate(d.toString().substring(0, 7), end, Granularity.MONTH, "metadata");
        });
        return Arbitraries.oneOf(byDay, byMonth, Arbitraries.just(null));
    }
}
