package org.entente.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article after the per-article pipeline, reduced to what the rest of the job needs.
 *
 * @param seq        position in the input
 * @param id         article id
 * @param url        its URL, or null
 * @param published  its publication date (ISO day or month), or null
 * @param article    the article itself ({@link Codec}) when it may be read again with a date taken
 *                   from other articles (no date of its own, some events), else null
 * @param reports    its events, reports within the article already merged
 * @param chars      characters of cleaned text
 * @param sentences  sentences
 * @param parsed     sentences sent to the parser
 * @param failure    why processing failed (the article is then skipped and counted), or null
 */
record Processed(long seq, String id, String url, String published, String article, List<Report> reports,
                 long chars, int sentences, int parsed, String failure) implements Serializable {
}
