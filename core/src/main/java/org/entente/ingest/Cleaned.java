package org.entente.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Result of {@link BoilerplateCleaner#clean(String)}.
 *
 * @param text      the body with page furniture removed, lines trimmed, blank runs collapsed
 * @param dateHints text of the removed dateline lines (and lead-in datelines), in text order
 * @param source    agency or outlet named by a dateline, else null
 */
public record Cleaned(String text, List<String> dateHints, String source) {
    public Cleaned {
        Objects.requireNonNull(text, "text");
        dateHints = List.copyOf(dateHints);
    }
}
