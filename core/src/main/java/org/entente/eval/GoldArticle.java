package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One gold annotation file (schema in corpus/README.md).
 *
 * @param article document id the annotations belong to
 * @param events  the gold events that took place (those with status "planned" are dropped on load)
 */
public record GoldArticle(String article, List<JsonNode> events) {
    public GoldArticle {
        events = List.copyOf(events);
    }

    /**
     * Every *.json file of the directory, read in file-name order; a later file with the same
     * article id replaces an earlier one but keeps its place, as score.py's dict does.
     */
    public static Map<String, GoldArticle> loadDir(Path dir) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold directory " + dir, e);
        }
        files.sort((a, b) -> PyText.compare(a.getFileName().toString(), b.getFileName().toString()));
        ObjectMapper json = Jsonl.mapper();
        Map<String, GoldArticle> gold = new LinkedHashMap<>();
        for (Path f : files) {
            JsonNode d;
            try {
                d = json.readTree(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gold file " + f, e);
            }
            String article = PyJson.str(PyJson.get(d, "article"));
            List<JsonNode> events = new ArrayList<>();
            for (JsonNode e : PyJson.get(d, "events")) {
                // Planned events are left out, as score.py does: the figures are about what took place.
                JsonNode status = PyJson.get(e, "status");
                if (status == null || !status.isTextual() || !"planned".equals(status.textValue())) {
                    events.add(e);
                }
            }
            gold.put(article, new GoldArticle(article, events));
        }
        return gold;
    }
}
