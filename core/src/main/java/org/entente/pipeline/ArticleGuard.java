package org.entente.pipeline;

import org.entente.ingest.InputProblem;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place that keeps a failure on one article from reaching the rest of a run: every piece
 * of work done for one article (its reading through the stages, its second reading with a date
 * other articles gave it, its vote in cross-article dating, its reports in a cross-article merge,
 * its rows in the store) runs through {@link #attempt}, and a failure becomes an
 * {@link InputProblem} naming the article. Callers skip the article and count the problem, so
 * the run ends with exit code 3 and everything else written.
 *
 * <p>A stack overflow is caught too: a pathological sentence can exhaust the stack of a regular
 * expression, and that says nothing about the next article. Other errors (out of memory) are the
 * machine's, not the article's, and end the run.
 */
public final class ArticleGuard {
    private ArticleGuard() {
    }

    /**
     * Runs {@code work} for the article {@code origin}; on failure reports it and gives empty.
     *
     * @param origin the article, as users find it (path, path:line, or id)
     */
    public static <T> Optional<T> attempt(String origin, Supplier<T> work, Consumer<InputProblem> problems) {
        try {
            return Optional.ofNullable(work.get());
        } catch (RuntimeException | StackOverflowError e) {
            problems.accept(failure(origin, e));
            return Optional.empty();
        }
    }

    /** The problem that names a failed article: the cause in one line, never a stack trace. */
    public static InputProblem failure(String origin, Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof java.util.concurrent.ExecutionException || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        String what = cause instanceof StackOverflowError ? "too deeply nested for the stack"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new InputProblem(origin, 0, "processing failed, article skipped (" + what + ")");
    }
}
