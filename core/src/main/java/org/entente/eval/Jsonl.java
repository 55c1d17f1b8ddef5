package org.entente.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an events JSONL file the way score.py does. */
public final class Jsonl {
    private Jsonl() {
    }

    /** A mapper as lenient and as strict as Python's json.loads (NaN accepted, trailing tokens refused). */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * One event per non-blank line; an event without "id" gets "line&lt;n&gt;", n counting every line of
     * the file from 1 (blank ones included), exactly as score.py numbers them.
     *
     * @throws IllegalArgumentException naming the line when a line is not a JSON object
     */
    public static List<JsonNode> readEvents(Path file) {
        ObjectMapper json = mapper();
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                line = PyText.strip(line);
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode e;
                try {
                    e = json.readTree(line);
                } catch (JsonProcessingException ex) {
                    throw new IllegalArgumentException("line " + n + ": not JSON (" + ex.getOriginalMessage() + ")", ex);
                }
                if (!(e instanceof ObjectNode o)) {
                    throw new IllegalArgumentException("line " + n + ": not a JSON object");
                }
                if (!o.has("id")) {
                    o.put("id", "line" + n);
                }
                events.add(o);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read events file " + file, ex);
        }
        return events;
    }
}
