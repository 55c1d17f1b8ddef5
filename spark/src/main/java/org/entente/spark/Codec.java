package org.entente.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.Event;
import org.entente.ingest.Article;

import java.io.UncheckedIOException;

/**
 * Events and articles as JSON strings between Spark stages. Core's records are immutable and
 * not {@code Serializable}; a lossless JSON form of them (not the export format, which drops the
 * merge key and adds codes) keeps core free of Spark concerns.
 */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {
    }

    static String event(Event e) {
        return write(e);
    }

    static Event event(String json) {
        return read(json, Event.class);
    }

    static String article(Article a) {
        return write(a);
    }

    static Article article(String json) {
        return read(json, Article.class);
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
