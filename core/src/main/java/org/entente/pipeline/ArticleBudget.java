package org.entente.pipeline;

import org.entente.ingest.Article;

/**
 * How long one article may take through the stages before it is skipped and named: a fixed
 * allowance plus so much per megabyte of cleaned text, since every stage is meant to cost time
 * in proportion to the text. An article past its budget says a stage went superlinear on it;
 * the run must not wait for it (the article beside it is written, the run ends).
 *
 * @param baseMillis         allowance of any article, however short
 * @param millisPerMegabyte  added per million characters of cleaned text
 */
public record ArticleBudget(long baseMillis, long millisPerMegabyte) {
    /**
     * Generous for honest text: diplomatic news with every event sentence parsed by CoreNLP runs
     * near 0.1 MB/s on one thread of this project's 2-core machine (10 s per MB), and an ordinary
     * article (a few KB) gets half a minute whatever the machine's load.
     */
    public static final ArticleBudget DEFAULT = new ArticleBudget(30_000, 10_000);

    public ArticleBudget {
        if (baseMillis <= 0 || millisPerMegabyte < 0) {
            throw new IllegalArgumentException("budget must be positive: " + baseMillis + " ms + " + millisPerMegabyte + " ms/MB");
        }
    }

    public long nanosFor(Article article) {
        return (baseMillis + Math.round(millisPerMegabyte * article.text().length() / 1e6)) * 1_000_000L;
    }

    /** "60 s + 60 s/MB": how the budget is named in the message of a skipped article. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f s + %.0f s per MB", baseMillis / 1e3, millisPerMegabyte / 1e3);
    }
}
