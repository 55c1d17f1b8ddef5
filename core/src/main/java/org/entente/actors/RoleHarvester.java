package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.text.Sentence;

/**
 * Collects what articles say about who holds which office, from the role mentions the linker tied
 * to a person, and tells apart what the base does not know yet: candidates for the user overlay.
 */
public final class RoleHarvester {
    private final ActorBase base;
    private final ActorLinker linker;

    public RoleHarvester(ActorBase base) {
        this.base = Objects.requireNonNull(base);
        this.linker = new ActorLinker(base);
    }

    /** Every person-with-office observation of one article, in text order, without repeats. */
    public List<RoleObservation> observe(String doc, List<Sentence> sentences, LocalDate date) {
        return observe(doc, sentences, date, linker.link(sentences, date));
    }

    /** As {@link #observe(String, List, LocalDate)}, from mentions already linked. */
    public List<RoleObservation> observe(String doc, List<Sentence> sentences, LocalDate date, List<ActorMention> mentions) {
        Map<Integer, String> text = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            text.put(s.index(), s.text());
        }
        Set<RoleObservation> out = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            Actor a = m.actor();
            // Only ROLE mentions carry the office the text gives; a name mention carries the base's.
            if (m.kind() != MentionKind.ROLE || a == null || a.kind() != ActorKind.PERSON || m.role() == null) {
                continue;
            }
            out.add(new RoleObservation(a.name(), m.country(), m.role(), date, text.getOrDefault(m.sentence(), ""), doc));
        }
        return new ArrayList<>(out);
    }

    /**
     * Whether the base already gives that person that office (in that state, when one is named) at
     * that date. People the linker learned from the text are never known.
     */
    public boolean known(RoleObservation o) {
        return base.personNamed(o.name()).stream().anyMatch(p -> base.tenures(p.id()).stream().anyMatch(t ->
                t.role() == o.role() && (o.country() == null || o.country().equals(t.country()))
                        && (o.date() == null ? t.end() == null : t.holdsAt(o.date()))));
    }

    /** Observations the base does not account for. */
    public List<RoleObservation> unknown(List<RoleObservation> observations) {
        return observations.stream().filter(o -> !known(o)).toList();
    }

    /** Observations grouped by person name, in order of first appearance. */
    public static Map<String, List<RoleObservation>> byPerson(List<RoleObservation> observations) {
        Map<String, List<RoleObservation>> out = new LinkedHashMap<>();
        for (RoleObservation o : observations) {
            out.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
        }
        return out;
    }
}
