package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.Token;

/**
 * The people one article has spoken of, so later short mentions find them: a surname alone ("M.
 * Xi", "Tokaïev") is the person of that name named last, and people the base does not know are
 * learned from the role that introduces them ("le ministre chinois Zhou Wen") and known by their
 * full name or surname afterwards.
 */
final class Coreference {
    private final ActorBase base;
    private final Offices offices;
    /**
     * The people named in full, the latest last, each with when it was last named (a counter): the
     * latest of a surname's bearers is found without a scan.
     */
    private final Map<Actor, Named> named = new LinkedHashMap<>();
    private long mentions;
    private final Map<String, Actor> learnedBySurname = new HashMap<>();
    /**
     * The learned people of two words or more by the first two words of their name: a capitalised
     * token is compared with the few names starting with it and the next token, not with every
     * person learned so far (a long article learns many, and every capitalised token of it used to
     * try them all).
     */
    private final Map<String, Map<String, List<Learned>>> learnedByStart = new HashMap<>();
    private final Map<String, Role> observedRole = new HashMap<>();
    private final java.util.Set<String> counterparts = new java.util.HashSet<>();
    private Actor lastPerson;

    private record Named(Actor actor, long at) {
    }

    private record Learned(Actor actor, List<String> norms) {
    }

    Coreference(ActorBase base, Offices offices) {
        this.base = base;
        this.offices = offices;
    }

    /** The person last referred to in the article, or null. */
    Actor lastPerson() {
        return lastPerson;
    }

    void lastPerson(Actor person) {
        lastPerson = person;
    }

    /** A mention of a known person: a full name makes them the latest named for their surname. */
    void mentioned(Actor person, MentionKind kind) {
        if (kind == MentionKind.PERSON_NAME) {
            named.remove(person);
            named.put(person, new Named(person, ++mentions));
        }
        lastPerson = person;
    }

    /** A person learned earlier in the article, by full name or surname, at token k; else null. */
    PersonHit learnedAt(List<Token> toks, int k) {
        if (learnedBySurname.isEmpty() || k >= toks.size() || !toks.get(k).isCapitalised()) {
            return null;
        }
        Learned match = null;
        int matches = 0;
        for (Learned l : startingAt(toks, k)) {
            if (matchesNorms(toks, k, l.norms)) {
                match = l;
                matches++;
            }
        }
        if (matches > 1) {
            // Two learned names match here ("Li Wei", "Li Wei-Ming"): the first in the order
            // the article's people have always been tried wins, as before the index.
            for (Actor a : learnedBySurname.values()) {
                List<String> norms = base.nameNorms(a.name());
                if (matchesNorms(toks, k, norms)) {
                    return new PersonHit(k, k + norms.size(), a, MentionKind.PERSON_NAME);
                }
            }
        }
        if (match != null) {
            return new PersonHit(k, k + match.norms.size(), match.actor, MentionKind.PERSON_NAME);
        }
        Actor a = learnedBySurname.get(toks.get(k).norm());
        return a == null ? null : new PersonHit(k, k + 1, a, MentionKind.PERSON_PARTIAL);
    }

    private List<Learned> startingAt(List<Token> toks, int k) {
        Map<String, List<Learned>> first = k + 1 < toks.size() ? learnedByStart.get(toks.get(k).norm()) : null;
        List<Learned> both = first == null ? null : first.get(toks.get(k + 1).norm());
        return both == null ? List.of() : both;
    }

    private static boolean matchesNorms(List<Token> toks, int k, List<String> norms) {
        if (k + norms.size() > toks.size() || norms.size() < 2) {
            return false;
        }
        for (int n = 0; n < norms.size(); n++) {
            if (!toks.get(k + n).norm().equals(norms.get(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Which of the people sharing a surname is meant: the one the article named last, else the
     * only one of that state holding a tracked office (that office, if given) at its date.
     */
    Actor resolveSurname(List<Actor> cands, Role role, String iso) {
        Named latest = null;
        for (Actor c : cands) {
            Named n = named.get(c);
            if (n != null && (latest == null || n.at > latest.at)) {
                latest = n;
            }
        }
        if (latest != null) {
            return latest.actor;
        }
        List<Actor> holding = new ArrayList<>();
        for (Actor c : cands) {
            if (iso != null && !iso.equals(c.country())) {
                continue;
            }
            if (offices.holdsTracked(c, role) && !holding.contains(c)) {
                holding.add(c);
            }
        }
        return holding.size() == 1 ? holding.get(0) : null;
    }

    /** A person the base does not know, named {@code name} in the text, learned for the rest of the article. */
    Actor learnNew(String name, Role role, String iso) {
        Actor a = new Actor("learned:" + ActorBase.slug(name), ActorKind.PERSON, name, iso);
        learn(a, role, iso);
        return a;
    }

    /** What the text says of a person's office; a learned person is also known by surname from now on. */
    void learn(Actor a, Role role, String iso) {
        if (!a.id().startsWith("learned:")) {
            if (role != null && a.id() != null) {
                observedRole.putIfAbsent(a.id(), role);
            }
            return;
        }
        List<String> norms = base.nameNorms(a.name());
        Actor replaced = learnedBySurname.put(norms.get(norms.size() - 1), a);
        if (replaced != null) {
            // Equal people have equal names, hence one surname: the one replaced is indexed once.
            List<String> old = base.nameNorms(replaced.name());
            if (old.size() >= 2) {
                learnedByStart.get(old.get(0)).get(old.get(1)).removeIf(l -> l.actor.equals(replaced));
            }
        }
        if (norms.size() >= 2) {
            learnedByStart.computeIfAbsent(norms.get(0), w -> new HashMap<>())
                    .computeIfAbsent(norms.get(1), w -> new ArrayList<>()).add(new Learned(a, norms));
        }
        if (role != null) {
            observedRole.put(a.id(), role);
        }
    }

    /** The person named last in the article who holds {@code role}, or null. */
    Actor antecedent(Role role) {
        Actor last = null;
        Actor lastProtagonist = null;
        for (Named n : named.values()) {
            if (role == roleOf(n.actor)) {
                last = n.actor;
                if (!counterparts.contains(n.actor.id())) {
                    lastProtagonist = n.actor;
                }
            }
        }
        // "M. X a reçu son homologue péruvien Y. Le chef de l'État a ajouté...": the one
        // introduced as someone's counterpart is the other side; the bare title is the story's own.
        return lastProtagonist != null ? lastProtagonist : last;
    }

    /** The person was introduced as someone's counterpart ("son homologue péruvien Y"). */
    void counterpart(Actor person) {
        counterparts.add(person.id());
    }

    /** The person's office at the article's date, else the one the article gave them, or null. */
    Role roleOf(Actor person) {
        return offices.roleOf(person, observedRole.get(person.id()));
    }
}
