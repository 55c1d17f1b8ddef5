package org.entente.ingest;

/**
 * Limits and tools of the ingest stage.
 *
 * @param maxBytes largest accepted single-article file or JSONL line, in bytes; anything larger is
 *                 reported rather than read, so one runaway input cannot exhaust memory
 * @param cleaner  the boilerplate rules applied to every decoded text
 */
public record IngestOptions(long maxBytes, BoilerplateCleaner cleaner) {
    /** 20 MB: far above any real article, far below what would strain the heap. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (cleaner == null) {
            cleaner = BoilerplateCleaner.defaults();
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null);
    }

    public IngestOptions withMaxBytes(long limit) {
        return new IngestOptions(limit, cleaner);
    }

    public IngestOptions withCleaner(BoilerplateCleaner other) {
        return new IngestOptions(maxBytes, other);
    }
}
