package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.text.ParsedSentence;
import org.entente.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds to meetings and calls the people CoreNLP's named-entity recogniser finds in their
 * sentence but the knowledge base does not know (a newly appointed minister, a foreign envoy),
 * named as written. Only full names count: two or more capitalised words that no other actor
 * mention covers, so a city mis-tagged as a person is not taken for one.
 */
public final class ParsedPeople {

    public List<Event> enrich(List<Event> events, Map<Integer, ParsedSentence> parses, List<ActorMention> mentions) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if ((e.type() != EventType.MEET && e.type() != EventType.CALL) || e.participants().size() >= 2) {
                out.add(e);
                continue;
            }
            List<Participant> people = new ArrayList<>(e.participants());
            for (EventMention m : e.mentions()) {
                ParsedSentence p = parses.get(m.sentence());
                if (p == null) {
                    continue;
                }
                for (Span span : p.entities("PER")) {
                    String name = m.text().substring(span.start() - m.span().start(), span.end() - m.span().start()).strip();
                    if (isFullName(name) && mentions.stream().noneMatch(a -> a.span().overlaps(span))
                            && people.stream().noneMatch(x -> lastWord(x.name()).equalsIgnoreCase(lastWord(name)))) {
                        people.add(new Participant(name, null, null, null));
                    }
                }
            }
            out.add(people.size() == e.participants().size() ? e : e.withParticipants(people));
        }
        return out;
    }

    private static boolean isFullName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1];
    }
}
