package org.entente.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One news article after ingestion and cleaning: the unit every later stage works on.
 *
 * <p>{@code text} is the cleaned body (title excluded); every offset produced downstream
 * (sentences, mentions, evidence) points into this string, so highlighting needs no lookup.
 *
 * @param id          document id: the JSONL {@code id} field, else the file's path relative to the
 *                    directory argument without extension; unique within one read (see README)
 * @param origin      where it came from (file path, with {@code :line} for JSONL)
 * @param url         canonical URL when known, else null
 * @param title       headline when known, else null
 * @param source      agency or outlet when known ("Xinhua", "AFP"), else null
 * @param dateHints   raw date strings the input carried, most authoritative first: metadata
 *                    field, HTML meta tags, datelines removed from the body ("Xinhua | 08.06.2022 08h10")
 * @param text        cleaned body text
 */
public record Article(String id, String origin, String url, String title, String source,
                      List<String> dateHints, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        dateHints = dateHints == null ? List.of() : List.copyOf(dateHints);
    }
}
