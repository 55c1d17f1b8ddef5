/**
 * Ingest stage: files, directories and JSONL streams in, cleaned {@link org.entente.ingest.Article}s out.
 *
 * <p>Entry points: {@link org.entente.ingest.ArticleSource} (reading, one article at a time,
 * problems reported as {@link org.entente.ingest.InputProblem}s) and
 * {@link org.entente.ingest.BoilerplateCleaner} (page-furniture removal, usable alone).
 * Resources: {@code boilerplate.rules} (line rules), {@code agencies.txt} (agency names),
 * {@code html-noise.txt} (HTML blocks that are never article text).
 */
package org.entente.ingest;
