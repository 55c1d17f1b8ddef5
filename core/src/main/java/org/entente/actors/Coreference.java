package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final List<Actor> named = new ArrayList<>();
    private final Map<String, Actor> learnedBySurname = new HashMap<>();
    private final Map<String, Role> observedRole = new HashMap<>();
    private Actor lastPerson;

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
            named.add(person);
        }
        lastPerson = person;
    }

    /** A person learned earlier in the article, by full name or surname, at token k; else null. */
    PersonHit learnedAt(List<Token> toks, int k) {
        if (learnedBySurname.isEmpty() || k >= toks.size() || !toks.get(k).isCapitalised()) {
            return null;
        }
        for (Actor a : learnedBySurname.values()) {
            List<String> norms = base.nameNorms(a.name());
            if (matchesNorms(toks, k, norms)) {
                return new PersonHit(k, k + norms.size(), a, MentionKind.PERSON_NAME);
            }
        }
        Actor a = learnedBySurname.get(toks.get(k).norm());
        return a == null ? null : new PersonHit(k, k + 1, a, MentionKind.PERSON_PARTIAL);
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
        for (int n = named.size() - 1; n >= 0; n--) {
            if (cands.contains(named.get(n))) {
                return named.get(n);
            }
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
        learnedBySurname.put(norms.get(norms.size() - 1), a);
        if (role != null) {
            observedRole.put(a.id(), role);
        }
    }

    /** The person's office at the article's date, else the one the article gave them, or null. */
    Role roleOf(Actor person) {
        return offices.roleOf(person, observedRole.get(person.id()));
    }
}
