package org.entente.cli;

import org.entente.pipeline.Runner;

/** A one-line progress counter on stderr, shown only on a terminal and at most twice a second. */
final class Progress implements Runner.Progress {
    private final String label;
    private final boolean terminal = System.console() != null;
    private long last;
    private long count;

    Progress(String label) {
        this.label = label;
    }

    @Override
    public void articlesDone(long n) {
        count = n;
        long now = System.nanoTime();
        if (terminal && now - last > 500_000_000L) {
            last = now;
            System.err.print("\r" + label + ": " + n + " articles");
            System.err.flush();
        }
    }

    void done() {
        if (terminal && count > 0) {
            System.err.print("\r");
        }
    }

    /**
     * "2.3 s (41 articles/s)": the rate only when articles were processed, with a decimal when
     * it is small, so that a run that processed nothing or little never reads "0 articles/s".
     */
    static String timing(org.entente.pipeline.RunStats s) {
        String time = String.format(java.util.Locale.ROOT, "%.1f s", s.seconds());
        if (s.articles() == 0) {
            return time;
        }
        double rate = s.articlesPerSecond();
        return time + String.format(java.util.Locale.ROOT, rate < 10 ? " (%.2g articles/s)" : " (%.0f articles/s)", rate);
    }
}
