package org.entente.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.Participant;
import org.entente.events.Standards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Events as JSON lines, in the format {@code ../shared/eval/score.py} reads, with Entente's extra
 * fields (offsets, date source, status, confidence, CAMEO code and Goldstein score, PLOVER type
 * and mode).
 */
public final class EventJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Standards standards = Standards.load();

    private static void party(ObjectNode o, String field, org.entente.events.Party p) {
        if (p == null) {
            o.putNull(field);
        } else {
            o.putObject(field).put("name", p.name()).put("id", p.id()).put("country", p.country());
        }
    }

    public ObjectNode toJson(Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("date", e.date());
        o.put("date_source", e.dateSource());
        o.put("place", e.place());
        ArrayNode people = o.putArray("participants");
        for (Participant p : e.participants()) {
            ObjectNode n = people.addObject();
            n.put("name", p.name());
            n.put("id", p.id());
            n.put("country", p.country());
            n.put("role", p.role());
        }
        ArrayNode countries = o.putArray("countries");
        e.countries().forEach(countries::add);
        o.put("what", e.what());
        Standards.Coding code = standards.code(e);
        o.put("cameo", code.cameo());
        o.put("goldstein", code.goldstein());
        o.put("plover_type", code.ploverType());
        o.put("plover_mode", code.ploverMode());
        o.put("status", e.status());
        party(o, "source", e.source());
        party(o, "target", e.target());
        o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        ArrayNode mentions = o.putArray("mentions");
        for (EventMention m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            n.put("doc", m.doc());
            n.put("sentence", m.sentence());
            n.put("start", m.span().start());
            n.put("end", m.span().end());
            n.put("trigger_start", m.trigger().start());
            n.put("trigger_end", m.trigger().end());
            n.put("text", m.text());
        }
        return o;
    }

    public void write(Event e, Writer out) {
        try {
            out.write(mapper.writeValueAsString(toJson(e)));
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
