package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Span;
import org.entente.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TimeTaggerTest {
    private static final TimeTagger TAGGER = new TimeTagger();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    static PublicationDate publication(String published) {
        if (published == null) {
            return null;
        }
        if (published.length() == 7) {
            YearMonth m = YearMonth.parse(published);
            return new PublicationDate(published, m.atEndOfMonth(), Granularity.MONTH, "metadata");
        }
        return new PublicationDate(published, LocalDate.parse(published), Granularity.DAY, "metadata");
    }

    static List<TimeExpression> tag(String text, PublicationDate anchor) {
        List<Sentence> sentences = SPLITTER.split(text);
        assertEquals(1, sentences.size(), "test sentences must be single sentences: " + text);
        return TAGGER.find(sentences.get(0), anchor);
    }

    @ParameterizedTest(name = "[{index}] {0} | {2} -> {3}")
    @CsvFileSource(resources = "/org/entente/time/expressions.csv", delimiter = '|', numLinesToSkip = 1)
    void resolves(String published, String sentence, String expression, String expected) {
        List<TimeExpression> found = tag(sentence, publication(published));
        int start = sentence.indexOf(expression);
        assertTrue(start >= 0, "expression not in sentence");
        Span wanted = new Span(start, start + expression.length());
        String all = found.stream().map(e -> e.text() + "=" + e.value()).collect(Collectors.joining(", "));
        if (expected.equals("NONE")) {
            assertTrue(found.stream().noneMatch(e -> e.span().overlaps(wanted)), "unexpected: " + all);
            return;
        }
        TimeExpression hit = found.stream().filter(e -> e.span().equals(wanted)).findFirst().orElse(null);
        assertNotNull(hit, "'" + expression + "' not found; got: " + all);
        assertEquals(expression, hit.text());
        assertEquals(expected.equals("NULL") ? null : expected, hit.value(), "found: " + all);
    }
}
