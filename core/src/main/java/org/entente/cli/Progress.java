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
}
