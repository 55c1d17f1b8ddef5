package org.entente.export;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.Participant;
import org.entente.events.Party;
import org.entente.events.Standards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One event as a flat row in the style of event data (GDELT, ICEWS, POLECAT): the one schema
 * every tabular export writes (CSV, Parquet, the Spark job), documented column by column in
 * {@code export/columns.md}. {@link #COLUMNS} gives the column order.
 *
 * <p>Lists are joined with {@code ;} so that CSV readers need no nested types.
 */
public record EventRow(String eventId, String date, String dateSource, String type, String status,
                       String sourceActor, String sourceActorId, String sourceCountry,
                       String targetActor, String targetActorId, String targetCountry,
                       String countries, String participants, String ploverType, String ploverMode,
                       String cameo, double goldstein, String place, String what, double confidence,
                       int nSources, int nArticles, String firstReported, String lastReported,
                       String firstSourceUrl) {

    public static final List<String> COLUMNS = List.of("event_id", "date", "date_source", "type", "status",
            "source_actor", "source_actor_id", "source_country", "target_actor", "target_actor_id", "target_country",
            "countries", "participants", "plover_type", "plover_mode", "cameo", "goldstein", "place", "what",
            "confidence", "n_sources", "n_articles", "first_reported", "last_reported", "first_source_url");

    /** What the export knows of the article a report comes from. */
    public record Source(String url, String published) {
    }

    /**
     * @param sources the article behind a mention's doc id, or null when unknown
     */
    public static EventRow of(Event e, Standards standards, Function<String, Source> sources) {
        Standards.Coding code = standards.code(e);
        Party source = e.source();
        Party target = e.target();
        if (source == null && target == null && e.countries().size() == 2) {
            // Undirected dyad: event data still wants two sides; the order is then alphabetical
            // and carries no meaning (see columns.md).
            source = Party.state(e.countries().get(0));
            target = Party.state(e.countries().get(1));
        }
        Set<String> docs = new LinkedHashSet<>();
        for (EventMention m : e.mentions()) {
            docs.add(m.doc());
        }
        String first = null;
        String last = null;
        String firstUrl = null;
        for (String doc : docs) {
            Source s = sources.apply(doc);
            if (s == null) {
                continue;
            }
            if (s.published() != null) {
                if (first == null || s.published().compareTo(first) < 0) {
                    first = s.published();
                    firstUrl = s.url();
                }
                if (last == null || s.published().compareTo(last) > 0) {
                    last = s.published();
                }
            }
            if (firstUrl == null && first == null) {
                firstUrl = s.url();
            }
        }
        return new EventRow(e.id(), e.date(), e.dateSource(), e.type().name(), e.status(),
                source == null ? null : source.name(), source == null ? null : source.id(),
                source == null ? null : source.country(),
                target == null ? null : target.name(), target == null ? null : target.id(),
                target == null ? null : target.country(),
                String.join(";", e.countries()),
                String.join(";", e.participants().stream().map(Participant::name).toList()),
                code.ploverType(), code.ploverMode(), code.cameo(), code.goldstein(), e.place(), e.what(),
                Math.round(e.confidence() * 100) / 100.0, e.mentions().size(), docs.size(), first, last, firstUrl);
    }

    /** The row's values in {@link #COLUMNS} order. */
    public List<Object> values() {
        return java.util.Arrays.asList(eventId, date, dateSource, type, status, sourceActor, sourceActorId, sourceCountry,
                targetActor, targetActorId, targetCountry, countries, participants, ploverType, ploverMode, cameo,
                goldstein, place, what, confidence, nSources, nArticles, firstReported, lastReported, firstSourceUrl);
    }
}
