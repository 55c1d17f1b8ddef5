package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Sentence;
import org.entente.text.Span;
import org.entente.text.Token;

/**
 * Finds every reference to an actor in an article and resolves it against the {@link ActorBase} at
 * the article's date: states, demonyms, prefixes, metonyms, parties, people (full, partial, by role),
 * organisations and places. What cannot be resolved with confidence keeps a null actor.
 *
 * <p>The linker is stateless between calls; all article context (people already named, states
 * recently mentioned, people learned from appositions) lives in one {@link Article} per call.
 */
public final class ActorLinker {
    private static final Set<Role> TRACKED = Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER);
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'");
    private static final Set<String> COUNTRY_NOUNS = Set.of("pays", "etats", "nations", "parties");
    private static final int MAX_NAME_WORDS = 4;

    private final ActorBase base;
    private final TokenTrie trie;

    public ActorLinker(ActorBase base) {
        this.base = Objects.requireNonNull(base);
        this.trie = base.trie();
    }

    /** Every actor mention of the article, in text order. */
    public List<ActorMention> link(List<Sentence> sentences, LocalDate articleDate) {
        Article a = new Article(articleDate);
        for (Sentence s : sentences) {
            a.sentence(s);
        }
        // Appositions are found after the role that follows them: restore text order (stable sort).
        List<ActorMention> out = new ArrayList<>(a.out);
        out.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    /** A person found in the text: tokens [from, to). */
    private record PersonHit(int from, int to, Actor actor, MentionKind kind) {
    }

    /** The state and office a role phrase describes; to = first token after it. */
    private record RoleParse(int to, Role role, List<String> states, boolean both, boolean counterpart) {
    }

    /** Context of one article. */
    private final class Article {
        final LocalDate date;
        final List<ActorMention> out = new ArrayList<>();
        final LinkedList<String> recentStates = new LinkedList<>();
        final List<Actor> named = new ArrayList<>();
        final Map<String, Actor> learnedBySurname = new HashMap<>();
        final Map<String, Role> observedRole = new HashMap<>();
        Actor lastPerson;
        Sentence sentence;
        List<Token> toks;
        /** Token index just after the last person mention in this sentence, for appositions. */
        int lastPersonEnd = -1;
        Actor lastPersonHere;

        /** In an undated article, the middle of the first year the current sentence states, else null. */
        LocalDate sentenceYear;

        private LocalDate yearOf(String text) {
            java.util.regex.Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1900 && y <= 2100) {
                    return LocalDate.of(y, 7, 1);
                }
            }
            return null;
        }

        Article(LocalDate date) {
            this.date = date;
        }

        void sentence(Sentence s) {
            sentence = s;
            toks = s.tokens();
            sentenceYear = date == null ? yearOf(s.text()) : null;
            lastPersonEnd = -1;
            lastPersonHere = null;
            int i = 0;
            while (i < toks.size()) {
                i = Math.max(i + 1, at(i));
            }
        }

        /** Handles what starts at token i; returns the next token to look at. */
        int at(int i) {
            PersonHit learned = learnedAt(i);
            if (learned != null) {
                person(learned, null, null);
                return learned.to;
            }
            for (Match m : trie.matchesAt(toks, i)) {
                for (Type type : Type.values()) {
                    for (LexEntry e : m.entries()) {
                        if (e.type() != type) {
                            continue;
                        }
                        int next = handle(m, e, m.entries());
                        if (next > i) {
                            return next;
                        }
                    }
                }
            }
            return i + 1;
        }

        int handle(Match m, LexEntry e, List<LexEntry> all) {
            int i = m.from();
            Token first = toks.get(i);
            switch (e.type()) {
                case PERSON_FULL -> {
                    if (!first.isCapitalised()) {
                        return -1;
                    }
                    Actor p = base.byId(e.target()).orElse(null);
                    person(new PersonHit(i, m.to(), p, MentionKind.PERSON_NAME), null, null);
                    return m.to();
                }
                case ORG_NAME -> {
                    // Long names ("sommet Chine-Asie centrale") are specific enough without a capital.
                    if (!first.isCapitalised() && m.to() - i < 3) {
                        return -1;
                    }
                    emit(i, m.to(), MentionKind.ORGANISATION, null, base.byId(e.target()).orElse(null), null);
                    return m.to();
                }
                case ORG_ACRONYM -> {
                    for (int k = i; k < m.to(); k++) {
                        String t = toks.get(k).text();
                        if (!t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
                            return -1;
                        }
                    }
                    emit(i, m.to(), MentionKind.ORGANISATION, null, base.byId(e.target()).orElse(null), null);
                    return m.to();
                }
                case ROLE, COUNTERPART -> {
                    return role(m, e);
                }
                case TITLE -> {
                    PersonHit p = personAt(m.to(), true, null, null);
                    if (p == null) {
                        return -1;
                    }
                    person(new PersonHit(i, p.to, p.actor, p.kind), null, null);
                    return p.to;
                }
                case STATE_NAME -> {
                    if (!first.isCapitalised()) {
                        return -1;
                    }
                    emit(i, m.to(), MentionKind.STATE_NAME, e.target(), base.state(e.target()).orElse(null), null);
                    return m.to();
                }
                case SEAT -> {
                    if (!first.isCapitalised()) {
                        return -1;
                    }
                    emit(i, m.to(), MentionKind.METONYM, e.target(), base.state(e.target()).orElse(null), null);
                    return m.to();
                }
                case PLACE_RENAMED, CAPITAL, PLACE -> {
                    return place(m, e, all);
                }
                case PREFIX -> {
                    if (m.to() < toks.size() && toks.get(m.to()).norm().equals("-")) {
                        emit(i, m.to(), MentionKind.COUNTRY_PREFIX, e.target(), base.state(e.target()).orElse(null), null);
                        return m.to() + 1;
                    }
                    return -1;
                }
                case DEMONYM -> {
                    emit(i, m.to(), MentionKind.DEMONYM, e.target(), base.state(e.target()).orElse(null), null);
                    return m.to();
                }
                case PERSON_SURNAME -> {
                    PersonHit p = personAt(i, false, null, null);
                    if (p == null) {
                        return -1;
                    }
                    person(p, null, null);
                    return p.to;
                }
                case WORD -> {
                    if (e.target().equals("PARTY")) {
                        List<String> states = new ArrayList<>();
                        int to = modifiers(m.to(), states);
                        if (states.size() == 1) {
                            String iso = states.get(0);
                            emit(i, to, MentionKind.PARTY, iso, base.state(iso).orElse(null), null);
                            return to;
                        }
                    }
                    return -1;
                }
                default -> {
                    return -1;
                }
            }
        }

        int place(Match m, LexEntry e, List<LexEntry> all) {
            int i = m.from();
            if (!toks.get(i).isCapitalised()) {
                return -1;
            }
            boolean locative = i > 0 && isWord(i - 1, "LOCATIVE");
            Actor place = bestPlace(all, locative);
            String capitalOf = all.stream().filter(x -> x.type() == Type.CAPITAL).map(LexEntry::target).findFirst().orElse(null);
            if (capitalOf != null && !locative) {
                emit(i, m.to(), MentionKind.METONYM, capitalOf, base.state(capitalOf).orElse(null), null);
                return m.to();
            }
            if (place == null) {
                if (capitalOf == null) {
                    return -1;
                }
                emit(i, m.to(), MentionKind.PLACE, capitalOf, null, null);
                return m.to();
            }
            // "Florence Parly": a place name followed by a capitalised word is more likely a first name.
            if (!locative && m.to() < toks.size() && toks.get(m.to()).isCapitalised() && toks.get(m.to()).isWord()) {
                return -1;
            }
            emit(i, m.to(), MentionKind.PLACE, place.country(), place, null);
            return m.to();
        }

        Actor bestPlace(List<LexEntry> all, boolean locative) {
            Actor best = null;
            long bestPop = -1;
            for (LexEntry x : all) {
                boolean renamed = x.type() == Type.PLACE_RENAMED;
                if (!(x.type() == Type.PLACE || renamed) || (x.plural() && !locative)) {
                    continue;
                }
                long pop = base.place(x.target()).map(PlaceInfo::population).orElse(0L) + (renamed ? Long.MAX_VALUE / 2 : 0);
                if (pop > bestPop) {
                    bestPop = pop;
                    best = base.byId(x.target()).orElse(null);
                }
            }
            return best;
        }

        /** A role phrase, its state modifiers, and the person it names or stands for. */
        int role(Match m, LexEntry e) {
            int i = m.from();
            RoleParse rp = parseRole(m, e);
            Role role = rp.role;
            if (rp.counterpart) {
                Role r = lastPerson == null ? null : roleOf(lastPerson);
                if (r == null) {
                    emit(i, rp.to, MentionKind.ROLE, rp.states.isEmpty() ? null : rp.states.get(0), null, null);
                    return rp.to;
                }
                role = r;
                if (rp.states.isEmpty()) {
                    String other = otherState(lastPerson.country());
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
            if (back > 0 && toks.get(back - 1).norm().equals(",") && lastPersonEnd == back - 1 && lastPersonHere != null) {
                apposed = lastPersonHere;
            } else if (back > 1 && toks.get(back - 1).norm().equals(",") && !rp.states.isEmpty() && TRACKED.contains(role)) {
                int start = unknownNameStart(back - 1);
                if (start >= 0 && (start == 0 || !toks.get(start - 1).isCapitalised())) {
                    PersonHit hit = new PersonHit(start, back - 1, null, MentionKind.PERSON_NAME);
                    apposed = learnNew(hit, role, rp.states.get(0));
                    emit(start, back - 1, MentionKind.PERSON_NAME, apposed.country(), apposed, role);
                    lastPerson = apposed;
                }
            }
            if (rp.both || (e.plural() && rp.states.size() >= 2)) {
                List<String> states = rp.states.size() >= 2 ? rp.states : twoRecentStates();
                boolean any = false;
                for (String iso : states) {
                    for (Actor h : holders(role, iso)) {
                        emit(i, rp.to, MentionKind.ROLE, iso, h, role);
                        any = true;
                    }
                }
                if (!any) {
                    emit(i, rp.to, MentionKind.ROLE, null, null, role);
                }
                return rp.to;
            }
            String iso = rp.states.isEmpty() ? null : rp.states.get(0);
            // Forward apposition or title use: "le président chinois Xi Jinping", "le président Tokaïev".
            int k = rp.to;
            if (k < toks.size() && toks.get(k).norm().equals(",")) {
                k++;
            }
            PersonHit p = personAt(k, true, role, iso);
            if (apposed != null) {
                learn(apposed, role, iso);
                emit(i, rp.to, MentionKind.ROLE, iso != null ? iso : apposed.country(), apposed, role);
                return rp.to;
            }
            if (p != null) {
                Actor person = p.actor;
                if (person == null && p.kind == MentionKind.PERSON_NAME && TRACKED.contains(role) || person == null && iso != null) {
                    person = learnNew(p, role, iso);
                } else if (person != null && person.id().startsWith("learned:")) {
                    learn(person, role, iso);
                }
                emit(i, rp.to, MentionKind.ROLE, iso != null ? iso : person == null ? null : person.country(), person, role);
                person(new PersonHit(p.from, p.to, person, p.kind), role, iso);
                return p.to;
            }
            Actor holder = null;
            if (iso != null) {
                List<Actor> hs = holders(role, iso);
                holder = hs.size() == 1 ? hs.get(0) : null;
            } else if (!e.plural() && TRACKED.contains(role)) {
                // "le chef de l'État", "le Premier ministre" with no state: the story's last named
                // holder of that office, as a reader takes it.
                holder = antecedent(role);
                iso = holder == null ? null : holder.country();
            }
            emit(i, rp.to, MentionKind.ROLE, iso, holder, role);
            if (holder != null) {
                lastPerson = holder;
            }
            return rp.to;
        }

        RoleParse parseRole(Match m, LexEntry e) {
            Role role = e.role();
            int j = m.to();
            // Chains: "vice-Premier ministre et ministre des Affaires étrangères": the tracked office wins.
            while (j + 1 < toks.size() && toks.get(j).norm().equals("et")) {
                Match next = longest(j + 1, Type.ROLE);
                if (next == null) {
                    break;
                }
                Role r = entry(next, Type.ROLE).role();
                if (TRACKED.contains(r) || !TRACKED.contains(role)) {
                    role = r;
                }
                j = next.to();
            }
            List<String> states = new ArrayList<>();
            int before = j;
            j = modifiers(j, states);
            if (role == Role.MINISTER && j > before) {
                Match tail = longest(j, Type.ROLE_TAIL);
                if (tail != null) {
                    role = entry(tail, Type.ROLE_TAIL).role();
                    j = tail.to();
                    j = modifiers(j, states);
                }
            }
            boolean both = m.from() > 0 && toks.get(m.from() - 1).norm().equals("deux");
            if (j + 2 < toks.size() + 0 && isWord(j, "OF") && j + 2 <= toks.size() - 1
                    && toks.get(j + 1).norm().equals("deux") && COUNTRY_NOUNS.contains(toks.get(j + 2).norm())) {
                both = true;
                j += 3;
            }
            return new RoleParse(j, role, states, both, e.type() == Type.COUNTERPART);
        }

        /** Demonyms ("chinois", "chinois et kazakh") or "de/du + state" after a phrase; returns the end. */
        int modifiers(int j, List<String> states) {
            Match d = longest(j, Type.DEMONYM);
            if (d != null) {
                states.add(entry(d, Type.DEMONYM).target());
                j = d.to();
                while (j + 1 < toks.size() && toks.get(j).norm().equals("et")) {
                    Match d2 = longest(j + 1, Type.DEMONYM);
                    if (d2 == null) {
                        break;
                    }
                    states.add(entry(d2, Type.DEMONYM).target());
                    j = d2.to();
                }
                return j;
            }
            Match of = longest(j, Type.WORD);
            if (of != null && "OF".equals(entry(of, Type.WORD).target())) {
                int k = of.to();
                if (k < toks.size() && ARTICLES.contains(toks.get(k).norm())) {
                    k++;
                }
                Match s = longest(k, Type.STATE_NAME);
                if (s != null && toks.get(k).isCapitalised()) {
                    states.add(entry(s, Type.STATE_NAME).target());
                    return s.to();
                }
            }
            return j;
        }

        /** A person named at token k: known full name, learned name, known surname, or an unknown name. */
        PersonHit personAt(int k, boolean titled, Role role, String iso) {
            if (k >= toks.size() || !toks.get(k).isCapitalised()) {
                return null;
            }
            PersonHit learned = learnedAt(k);
            if (learned != null) {
                return learned;
            }
            Match full = longest(k, Type.PERSON_FULL);
            if (full != null) {
                return new PersonHit(k, full.to(), base.byId(entry(full, Type.PERSON_FULL).target()).orElse(null), MentionKind.PERSON_NAME);
            }
            int nameEnd = unknownNameEnd(k);
            Match sur = longest(k, Type.PERSON_SURNAME);
            if (sur != null && (nameEnd < 0 || nameEnd <= sur.to())) {
                String surface = text(k, sur.to());
                if (surface.length() < 3 && !titled) {
                    return null;
                }
                List<Actor> cands = new ArrayList<>();
                for (LexEntry x : sur.entries()) {
                    if (x.type() == Type.PERSON_SURNAME) {
                        base.byId(x.target()).ifPresent(cands::add);
                    }
                }
                return new PersonHit(k, sur.to(), resolveSurname(cands, role, iso), MentionKind.PERSON_PARTIAL);
            }
            if (nameEnd > 0) {
                return new PersonHit(k, nameEnd, null, MentionKind.PERSON_NAME);
            }
            if (titled && toks.get(k).isWord() && !startsOther(k)) {
                return new PersonHit(k, k + 1, null, MentionKind.PERSON_PARTIAL);
            }
            return null;
        }

        /** End of a run of two to four capitalised words that the lexicon does not know, or -1. */
        int unknownNameEnd(int k) {
            int words = 0;
            int j = k;
            while (j < toks.size() && words < MAX_NAME_WORDS) {
                Token t = toks.get(j);
                if (t.isWord() && t.isCapitalised() && (words == 0 || !startsOther(j))) {
                    words++;
                    j++;
                    if (j + 1 < toks.size() && toks.get(j).norm().equals("-") && toks.get(j + 1).isCapitalised()
                            && toks.get(j).start() == t.end()) {
                        j++;
                        continue;
                    }
                } else {
                    break;
                }
            }
            if (words >= 2 && !startsOther(k)) {
                return j;
            }
            return -1;
        }

        /** Start of an unknown name of two to four capitalised words that ends just before {@code end}, or -1. */
        int unknownNameStart(int end) {
            for (int start = Math.max(0, end - 2 * MAX_NAME_WORDS); start < end - 1; start++) {
                if (unknownNameEnd(start) == end && (start == 0 || !toks.get(start - 1).isCapitalised())) {
                    return start;
                }
            }
            return -1;
        }

        /** Whether a lexicon phrase other than a person name starts at k (then it is not a name). */
        boolean startsOther(int k) {
            for (Match m : trie.matchesAt(toks, k)) {
                for (LexEntry x : m.entries()) {
                    switch (x.type()) {
                        case STATE_NAME, DEMONYM, ORG_NAME, ORG_ACRONYM, ROLE, TITLE, SEAT, CAPITAL, COUNTERPART -> {
                            return true;
                        }
                        case WORD -> {
                            if (m.to() - m.from() == 1) {
                                return true;
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            return false;
        }

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
                boolean holds = base.tenures(c.id()).stream().anyMatch(t -> TRACKED.contains(t.role())
                        && (role == null || !TRACKED.contains(role) || t.role() == role)
                        && (date == null ? t.end() == null : t.holdsAt(date)));
                if (holds && !holding.contains(c)) {
                    holding.add(c);
                }
            }
            return holding.size() == 1 ? holding.get(0) : null;
        }

        PersonHit learnedAt(int k) {
            if (learnedBySurname.isEmpty() || k >= toks.size() || !toks.get(k).isCapitalised()) {
                return null;
            }
            for (Actor a : learnedBySurname.values()) {
                List<String> norms = base.nameNorms(a.name());
                if (matchesNorms(k, norms)) {
                    return new PersonHit(k, k + norms.size(), a, MentionKind.PERSON_NAME);
                }
            }
            Actor a = learnedBySurname.get(toks.get(k).norm());
            return a == null ? null : new PersonHit(k, k + 1, a, MentionKind.PERSON_PARTIAL);
        }

        boolean matchesNorms(int k, List<String> norms) {
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

        Actor learnNew(PersonHit p, Role role, String iso) {
            String name = text(p.from, p.to);
            Actor a = new Actor("learned:" + ActorBase.slug(name), ActorKind.PERSON, name, iso);
            learn(a, role, iso);
            return a;
        }

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

        void person(PersonHit p, Role role, String iso) {
            Actor a = p.actor;
            if (a == null && p.kind == MentionKind.PERSON_NAME && iso != null) {
                a = learnNew(p, role, iso);
            }
            Role r = a == null ? role : roleOf(a);
            if (r == null) {
                r = role;
            }
            String country = a == null ? iso : base.countryAt(a, date, iso);
            emit(p.from, p.to, p.kind, country, a, r);
            if (a != null) {
                if (p.kind == MentionKind.PERSON_NAME) {
                    named.remove(a);
                    named.add(a);
                }
                lastPerson = a;
            }
            lastPersonHere = a;
            lastPersonEnd = p.to;
        }

        /** The person named last in the article who holds {@code role}, or null. */
        Actor antecedent(Role role) {
            for (int k = named.size() - 1; k >= 0; k--) {
                Actor a = named.get(k);
                if (role == roleOf(a)) {
                    return a;
                }
            }
            return null;
        }

        Role roleOf(Actor person) {
            Role observed = observedRole.get(person.id());
            return base.officeAt(person.id(), date).map(Tenure::role).orElse(observed);
        }

        /**
         * Who held the office at the article's date; in an article without any date, at the year
         * its sentence states ("le président chinois, en 2011"), and otherwise nobody: today's
         * holder is not the one an undated report speaks of.
         */
        List<Actor> holders(Role role, String iso) {
            if (role == null || iso == null) {
                return List.of();
            }
            if (date == null) {
                return sentenceYear == null ? List.of() : base.holders(role, iso, sentenceYear);
            }
            return base.holders(role, iso, date);
        }

        String otherState(String exclude) {
            for (String s : recentStates) {
                if (!s.equals(exclude)) {
                    return s;
                }
            }
            return null;
        }

        List<String> twoRecentStates() {
            List<String> out = new ArrayList<>();
            for (String s : recentStates) {
                if (out.size() < 2) {
                    out.add(s);
                }
            }
            out.sort(Comparator.naturalOrder());
            return out;
        }

        Match longest(int k, Type type) {
            if (k >= toks.size()) {
                return null;
            }
            for (Match m : trie.matchesAt(toks, k)) {
                if (entry(m, type) != null) {
                    return m;
                }
            }
            return null;
        }

        boolean isWord(int k, String use) {
            for (Match m : trie.matchesAt(toks, k)) {
                for (LexEntry x : m.entries()) {
                    if (x.type() == Type.WORD && use.equals(x.target())) {
                        return true;
                    }
                }
            }
            return false;
        }

        String text(int from, int to) {
            int s = toks.get(from).start() - sentence.start();
            int e = toks.get(to - 1).end() - sentence.start();
            return sentence.text().substring(s, e);
        }

        void emit(int from, int to, MentionKind kind, String country, Actor actor, Role role) {
            Span span = new Span(toks.get(from).start(), toks.get(to - 1).end());
            out.add(new ActorMention(sentence.index(), span, text(from, to), kind, country, actor, role));
            if (country != null) {
                recentStates.remove(country);
                recentStates.addFirst(country);
            }
        }
    }

    private static LexEntry entry(Match m, Type type) {
        for (LexEntry x : m.entries()) {
            if (x.type() == type) {
                return x;
            }
        }
        return null;
    }
}
