package org.entente.ingest;

import java.util.List;

/**
 * What {@link HtmlExtractor} finds in one page, before boilerplate cleaning.
 *
 * @param title     og:title, else the {@code <title>} (without a trailing " | Site" part), else null
 * @param url       og:url, else the canonical link, else null
 * @param source    agency named by author meta, else og:site_name / publisher, else null
 * @param agency    true when {@code source} is a known news agency rather than the site's name
 * @param dateHints publication dates from meta tags, JSON-LD and {@code <time datetime>}, in that order
 * @param text      main text, one line per block element
 */
record HtmlPage(String title, String url, String source, boolean agency, List<String> dateHints, String text) {
    HtmlPage {
        dateHints = List.copyOf(dateHints);
    }
}
