package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.ingest.Article;
import org.entente.ingest.InputProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing one article does ends a run: it is named, skipped, and the rest is written. */
class ArticleIsolationTest {
    private static final Pipeline PIPELINE = Pipeline.create(false);
    private static final String SPAN_OF_YEARS =
            "Emmanuel Macron a rencontré Xi Jinping à Pékin à plusieurs reprises entre 2017 et 2020.";

    @Test
    void anEventDatedBySpanOfYearsAndReportedByADatedAndAnUndatedArticleIsKept() {
        // Cross-article dating once cut "2017/2020" to "2017/20", parsed it as a month, and the
        // run ended with no output at all.
        List<InputProblem> problems = new ArrayList<>();
        List<Event> events = new Runner(PIPELINE, 1).runArticles(List.of(
                new Article("a", "a.jsonl:1", null, "Accord", null, List.of("2021-05-10"), SPAN_OF_YEARS),
                new Article("b", "b.txt", null, "Rencontre", null, List.of(), SPAN_OF_YEARS)), problems::add).events();
        assertEquals(List.of(), problems);
        // A meeting in the other side's capital is also a visit: both are kept, dated and reported by both.
        assertEquals(List.of("MEET", "VISIT"), events.stream().map(e -> e.type().name()).sorted().toList(), events.toString());
        for (Event e : events) {
            assertEquals("2017/2020", e.date());
            assertEquals(List.of("a", "b"), e.mentions().stream().map(EventMention::doc).toList());
        }
    }

    @Test
    void anArticlePastItsTimeBudgetIsNamedAndSkippedAndTheArticleBesideItWritten() {
        // About 1 MB of event sentences: seconds of work, against a budget of one second and nothing per MB.
        StringBuilder big = new StringBuilder("Sommet\n");
        String[] sentences = {
            "Emmanuel Macron a rencontré Xi Jinping à Pékin le 6 avril 2023. ",
            "Olaf Scholz a rencontré Joe Biden à Washington le 3 mars 2023. ",
            "La Chine et le Brésil ont signé un accord de coopération le 14 avril 2023. "};
        for (int i = 0; big.length() < 1_000_000; i++) {
            big.append(sentences[i % sentences.length]);
        }
        Article huge = new Article("huge", "huge.txt", null, "Sommet", null, List.of("2023-04-20"), big.toString());
        Article good = new Article("good", "good.txt", null, "Rencontre", null, List.of("2021-05-10"), SPAN_OF_YEARS);
        List<InputProblem> problems = new ArrayList<>();
        Runner.Result result = new Runner(PIPELINE, 1, new ArticleBudget(1_000, 0))
                .runArticles(List.of(huge, good), problems::add);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("huge.txt", problems.get(0).origin());
        assertTrue(problems.get(0).message().contains("time budget"), problems.get(0).message());
        assertEquals(1, result.stats().problems());
        assertEquals(List.of("good"), result.events().stream().map(e -> e.mentions().get(0).doc()).distinct().toList());
    }

    @Test
    void aStackOverflowInOneArticlesWorkIsThatArticlesProblem() {
        List<InputProblem> problems = new ArrayList<>();
        // A real regular expression whose backtracking recursion exhausts the stack on long input.
        Optional<Boolean> r = ArticleGuard.attempt("deep.txt",
                () -> Pattern.compile("(a|b)*").matcher("ab".repeat(1_000_000)).matches(), problems::add);
        assertTrue(r.isEmpty());
        assertEquals("deep.txt", problems.get(0).origin());
        assertTrue(problems.get(0).message().contains("too deeply nested"), problems.get(0).message());
    }
}
