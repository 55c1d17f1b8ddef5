package org.entente.pipeline;

/**
 * Figures of one run over many articles.
 *
 * @param articles        articles processed
 * @param bytes           characters of cleaned text processed
 * @param sentences       sentences seen
 * @param sentencesParsed sentences sent to the parser
 * @param reports         per-article events before cross-article merging
 * @param events          events after merging
 * @param problems        inputs skipped
 * @param nanos           wall-clock time of the run
 */
public record RunStats(long articles, long bytes, long sentences, long sentencesParsed, long reports, long events,
                       long problems, long nanos) {
    public double seconds() {
        return nanos / 1e9;
    }

    public double articlesPerSecond() {
        return articles / Math.max(1e-9, seconds());
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / Math.max(1e-9, seconds());
    }

    public double parsedShare() {
        return sentences == 0 ? 0 : (double) sentencesParsed / sentences;
    }
}
