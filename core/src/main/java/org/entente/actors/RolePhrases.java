package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Token;

/**
 * Role phrases ("le président chinois", "son homologue", "les deux ministres des Affaires
 * étrangères"): the office and states they state, and the person they name or stand for, by
 * apposition ("Wang Yi, ministre chinois des Affaires étrangères"), by the name that follows
 * ("le président Tokaïev") or as the office's holder at the article's date.
 */
final class RolePhrases {
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'");
    private static final Set<String> COUNTRY_NOUNS = Set.of("pays", "etats", "nations", "parties");

    /** The state and office a role phrase describes; to = first token after it. */
    private record RoleParse(int to, Role role, List<String> states, boolean both, boolean counterpart) {
    }

    private final Phrases phrases;
    private final PersonNames names;

    RolePhrases(Phrases phrases, PersonNames names) {
        this.phrases = phrases;
        this.names = names;
    }

    /** A role phrase, its state modifiers, and the person it names or stands for; returns the next token. */
    int link(Reading r, Match m, LexEntry e) {
        List<Token> toks = r.toks();
        Coreference people = r.people();
        int i = m.from();
        RoleParse rp = parse(toks, m, e);
        Role role = rp.role;
        if (rp.counterpart) {
            Actor last = people.lastPerson();
            Role lastRole = last == null ? null : people.roleOf(last);
            if (lastRole == null) {
                r.emit(i, rp.to, MentionKind.ROLE, rp.states.isEmpty() ? null : rp.states.get(0), null, null);
                return rp.to;
            }
            role = lastRole;
            if (rp.states.isEmpty()) {
                String other = r.states().otherThan(last.country());
                if (other != null) {
                    rp.states.add(other);
                }
            }
        }
        // Backward apposition: "Wang Yi, ministre chinois des Affaires étrangères".
        Actor apposed = null;
        int back = i;
        while (back > 0 && ARTICLES.contains(toks.get(back - 1).norm())) {
            back--;
        }
        if (back > 0 && toks.get(back - 1).norm().equals(",") && r.personEndingAt(back - 1) != null) {
            apposed = r.personEndingAt(back - 1);
        } else if (back > 1 && toks.get(back - 1).norm().equals(",") && !rp.states.isEmpty() && Offices.TRACKED.contains(role)) {
            int start = names.unknownNameStart(toks, back - 1);
            if (start >= 0 && (start == 0 || !toks.get(start - 1).isCapitalised())) {
                PersonHit hit = new PersonHit(start, back - 1, null, MentionKind.PERSON_NAME);
                apposed = r.learnNew(hit, role, rp.states.get(0));
                r.emit(start, back - 1, MentionKind.PERSON_NAME, apposed.country(), apposed, role);
                people.lastPerson(apposed);
            }
        }
        if (rp.both || (e.plural() && rp.states.size() >= 2)) {
            List<String> states = rp.states.size() >= 2 ? rp.states : r.states().lastTwo();
            boolean any = false;
            for (String iso : states) {
                List<Actor> holders = r.holders(role, iso);
                for (Actor h : holders) {
                    r.emit(i, rp.to, MentionKind.ROLE, iso, h, role);
                    any = true;
                }
                if (holders.isEmpty() && rp.states.size() >= 2) {
                    // "les dirigeants ouzbek, kirghize et tadjik": an office no one is tracked in still names its states
                    r.emit(i, rp.to, MentionKind.ROLE, iso, null, role);
                    any = true;
                }
            }
            if (!any) {
                r.emit(i, rp.to, MentionKind.ROLE, null, null, role);
            }
            return rp.to;
        }
        String iso = rp.states.isEmpty() ? null : rp.states.get(0);
        // Forward apposition or title use: "le président chinois Xi Jinping", "le président Tokaïev".
        int k = rp.to;
        if (k < toks.size() && toks.get(k).norm().equals(",")) {
            k++;
        }
        PersonHit p = names.at(r, k, true, role, iso);
        if (apposed != null) {
            people.learn(apposed, role, iso);
            r.emit(i, rp.to, MentionKind.ROLE, iso != null ? iso : apposed.country(), apposed, role);
            return rp.to;
        }
        if (p != null) {
            Actor person = p.actor();
            if (person == null && p.kind() == MentionKind.PERSON_NAME && Offices.TRACKED.contains(role) || person == null && iso != null) {
                person = r.learnNew(p, role, iso);
            } else if (person != null && person.id().startsWith("learned:")) {
                people.learn(person, role, iso);
            }
            r.emit(i, rp.to, MentionKind.ROLE, iso != null ? iso : person == null ? null : person.country(), person, role);
            r.person(new PersonHit(p.from(), p.to(), person, p.kind()), role, iso);
            if (rp.counterpart && person != null) {
                people.counterpart(person);
            }
            return p.to();
        }
        Actor holder = null;
        if (iso != null) {
            List<Actor> hs = r.holders(role, iso);
            holder = hs.size() == 1 ? hs.get(0) : null;
        } else if (!e.plural() && Offices.TRACKED.contains(role)) {
            // "le chef de l'État", "le Premier ministre" with no state: the story's last named
            // holder of that office, as a reader takes it.
            holder = people.antecedent(role);
            iso = holder == null ? null : holder.country();
        }
        r.emit(i, rp.to, MentionKind.ROLE, iso, holder, role);
        if (holder != null) {
            people.lastPerson(holder);
        }
        return rp.to;
    }

    private RoleParse parse(List<Token> toks, Match m, LexEntry e) {
        Role role = e.role();
        int j = m.to();
        // Chains: "vice-Premier ministre et ministre des Affaires étrangères": the tracked office wins.
        while (j + 1 < toks.size() && toks.get(j).norm().equals("et")) {
            Match next = phrases.longest(toks, j + 1, Type.ROLE);
            if (next == null) {
                break;
            }
            Role r = Phrases.entry(next, Type.ROLE).role();
            if (Offices.TRACKED.contains(r) || !Offices.TRACKED.contains(role)) {
                role = r;
            }
            j = next.to();
        }
        List<String> states = new ArrayList<>();
        int before = j;
        j = modifiers(toks, j, states);
        if (role == Role.MINISTER && j > before) {
            Match tail = phrases.longest(toks, j, Type.ROLE_TAIL);
            if (tail != null) {
                role = Phrases.entry(tail, Type.ROLE_TAIL).role();
                j = tail.to();
                j = modifiers(toks, j, states);
            }
        }
        boolean both = m.from() > 0 && toks.get(m.from() - 1).norm().equals("deux");
        if (j + 2 < toks.size() + 0 && phrases.isWord(toks, j, "OF") && j + 2 <= toks.size() - 1
                && toks.get(j + 1).norm().equals("deux") && COUNTRY_NOUNS.contains(toks.get(j + 2).norm())) {
            both = true;
            j += 3;
        }
        return new RoleParse(j, role, states, both, e.type() == Type.COUNTERPART);
    }

    /** Demonyms ("chinois", "chinois et kazakh", a list with commas) or "de/du + state" after a phrase, added to {@code states}; returns the end. */
    int modifiers(List<Token> toks, int j, List<String> states) {
        Match d = phrases.longest(toks, j, Type.DEMONYM);
        if (d != null) {
            states.add(Phrases.entry(d, Type.DEMONYM).target());
            j = d.to();
            // "chinois et kazakh", "ouzbek, kirghize, tadjik et turkmène"
            while (j + 1 < toks.size() && (toks.get(j).norm().equals("et") || toks.get(j).norm().equals(","))) {
                Match d2 = phrases.longest(toks, j + 1, Type.DEMONYM);
                if (d2 == null) {
                    break;
                }
                states.add(Phrases.entry(d2, Type.DEMONYM).target());
                j = d2.to();
            }
            return j;
        }
        Match of = phrases.longestWord(toks, j, "OF");
        if (of != null) {
            int k = of.to();
            if (k < toks.size() && ARTICLES.contains(toks.get(k).norm())) {
                k++;
            }
            Match s = phrases.longest(toks, k, Type.STATE_NAME);
            if (s != null && toks.get(k).isCapitalised()) {
                states.add(Phrases.entry(s, Type.STATE_NAME).target());
                return s.to();
            }
        }
        return j;
    }

    /** How many words a delegation's members may span before the demonym that gives its state. */
    private static final int DELEGATES_REACH = 9;

    /**
     * Where "de ... demonym" after a delegation's noun ends, when its members are officials
     * ("une délégation de responsables et d'hommes d'affaires russes"), adding that state;
     * else {@code j}. A delegation of business people or students alone names no state's party.
     */
    int delegates(List<Token> toks, int j, List<String> states) {
        if (j >= toks.size() || !(toks.get(j).norm().equals("de") || toks.get(j).norm().equals("d'"))) {
            return j;
        }
        boolean officials = false;
        for (int k = j + 1; k < toks.size() && k <= j + DELEGATES_REACH; k++) {
            String n = toks.get(k).norm();
            if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
                return j;
            }
            officials |= phrases.isWord(toks, k, "DELEGATE");
            Match d = officials ? phrases.longest(toks, k, Type.DEMONYM) : null;
            if (d != null) {
                states.add(Phrases.entry(d, Type.DEMONYM).target());
                return d.to();
            }
        }
        return j;
    }
}
