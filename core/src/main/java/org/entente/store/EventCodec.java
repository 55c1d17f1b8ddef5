package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.EventType;
import org.entente.events.Participant;
import org.entente.events.Party;
import org.entente.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Event} to JSON and back, losslessly: the store keeps each article's own events so
 * that merging can be redone, which needs every field, including those the export leaves out.
 */
final class EventCodec {
    private final ObjectMapper mapper = new ObjectMapper();

    String write(Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("date", e.date());
        o.put("dateSource", e.dateSource());
        o.put("place", e.place());
        ArrayNode ps = o.putArray("participants");
        for (Participant p : e.participants()) {
            ps.addObject().put("name", p.name()).put("id", p.id()).put("country", p.country()).put("role", p.role());
        }
        ArrayNode cs = o.putArray("countries");
        e.countries().forEach(cs::add);
        o.put("what", e.what());
        o.put("key", e.key());
        o.put("status", e.status());
        ArrayNode ms = o.putArray("mentions");
        for (EventMention m : e.mentions()) {
            ms.addObject().put("doc", m.doc()).put("sentence", m.sentence()).put("start", m.span().start())
                    .put("end", m.span().end()).put("text", m.text())
                    .put("tstart", m.trigger().start()).put("tend", m.trigger().end());
        }
        o.put("confidence", e.confidence());
        party(o, "source", e.source());
        party(o, "target", e.target());
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    Event read(String json) {
        JsonNode o;
        try {
            o = mapper.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new StoreException("a stored event is not valid JSON: " + ex.getOriginalMessage(), ex);
        }
        List<Participant> ps = new ArrayList<>();
        for (JsonNode p : o.get("participants")) {
            ps.add(new Participant(text(p, "name"), text(p, "id"), text(p, "country"), text(p, "role")));
        }
        List<String> cs = new ArrayList<>();
        o.get("countries").forEach(c -> cs.add(c.asText()));
        List<EventMention> ms = new ArrayList<>();
        for (JsonNode m : o.get("mentions")) {
            ms.add(new EventMention(text(m, "doc"), m.get("sentence").asInt(),
                    new Span(m.get("start").asInt(), m.get("end").asInt()), text(m, "text"),
                    new Span(m.get("tstart").asInt(), m.get("tend").asInt())));
        }
        return new Event(text(o, "id"), EventType.valueOf(text(o, "type")), text(o, "date"), text(o, "dateSource"),
                text(o, "place"), ps, cs, text(o, "what"), text(o, "key"), text(o, "status"), ms,
                o.get("confidence").asDouble(), party(o.get("source")), party(o.get("target")));
    }

    private static void party(ObjectNode o, String field, Party p) {
        if (p != null) {
            o.putObject(field).put("name", p.name()).put("id", p.id()).put("country", p.country());
        }
    }

    private static Party party(JsonNode n) {
        return n == null || n.isNull() ? null : new Party(text(n, "name"), text(n, "id"), text(n, "country"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
