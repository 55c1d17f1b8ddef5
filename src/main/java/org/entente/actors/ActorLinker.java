package org.entente.actors;

import org.entente.text.Sentence;
import org.entente.text.Span;
import org.entente.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links every mention of an actor in an article, at the article's date: names through the
 * dictionary trie; surnames through the people the article has already named in full, or the
 * office holders of the day; role descriptions ("le président chinois", "les deux chefs d'État",
 * "son homologue kazakh") through the tenures. What cannot be decided stays unresolved.
 */
public final class ActorLinker {
    private static final Set<String> TITLES = Set.of("m", "m.", "mme", "mmes", "mm", "president", "presidente", "premier",
            "ministre", "chancelier", "chanceliere", "roi", "reine", "prince", "emir", "cheikh", "secretaire", "general");
    private static final Set<String> NOT_THE_HOLDER = Set.of("vice", "ancien", "ancienne", "ex", "futur", "future",
            "feu", "defunt", "premier", "adjoint");
    private static final Set<String> FILLERS = Set.of("de", "du", "des", "d'", "la", "le", "l'", "les", ",");

    private final ActorBase base;

    public ActorLinker(ActorBase base) {
        this.base = base;
    }

    public ActorBase base() {
        return base;
    }

    /** Every actor mention of the article, in text order. */
    public List<ActorMention> link(List<Sentence> sentences, LocalDate date) {
        State state = new State();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(linkSentence(s, date, state));
        }
        return out;
    }

    /** What the article has told so far: people named in full, states in focus, the last person named. */
    private static final class State {
        final Map<String, Actor> named = new LinkedHashMap<>();
        final Map<String, Integer> stateCounts = new LinkedHashMap<>();
        ActorMention lastPerson;

        List<String> dyad() {
            return stateCounts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(2)
                    .map(Map.Entry::getKey).toList();
        }
    }

    private List<ActorMention> linkSentence(Sentence s, LocalDate date, State st) {
        List<Token> tokens = s.tokens();
        List<NameTrie.Match<ActorBase.Entry>> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            NameTrie.Match<ActorBase.Entry> split = splitRole(tokens, i);
            if (split != null) {
                matches.add(split);
                i = split.first() + 1; // the demonym inside is matched on its own next
                continue;
            }
            NameTrie.Match<ActorBase.Entry> m = base.names().longestAt(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            matches.add(m);
            i = m.last() + 1;
        }
        List<ActorMention> out = new ArrayList<>();
        // States first, so that role descriptions can find the state next to them.
        Map<Integer, String> countryAt = new LinkedHashMap<>();
        for (NameTrie.Match<ActorBase.Entry> m : matches) {
            ActorBase.Entry e = pick(m, tokens, date);
            if (e == null) {
                continue;
            }
            switch (e.kind()) {
                case STATE_NAME, METONYM -> {
                    if (!tokens.get(m.first()).isCapitalised() && !startsWithArticle(tokens, m)) {
                        continue;
                    }
                    out.add(mention(s, m, e.kind(), e.id(), base.actor(e.id()).orElse(null), null));
                    countryAt.put(m.first(), e.id());
                }
                case DEMONYM -> {
                    out.add(mention(s, m, e.kind(), e.id(), base.actor(e.id()).orElse(null), null));
                    countryAt.put(m.first(), e.id());
                }
                case COUNTRY_PREFIX -> {
                    if (m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).norm().equals("-")) {
                        out.add(mention(s, m, e.kind(), e.id(), base.actor(e.id()).orElse(null), null));
                        countryAt.put(m.first(), e.id());
                    }
                }
                default -> {
                }
            }
        }
        for (ActorMention m : out) {
            st.stateCounts.merge(m.country(), 1, Integer::sum);
        }
        List<ActorMention> people = new ArrayList<>();
        for (NameTrie.Match<ActorBase.Entry> m : matches) {
            ActorBase.Entry e = pick(m, tokens, date);
            if (e == null) {
                continue;
            }
            switch (e.kind()) {
                case PERSON_NAME -> {
                    if (!tokens.get(m.first()).isCapitalised()) {
                        continue;
                    }
                    Actor a = base.actor(e.id()).orElse(null);
                    ActorMention pm = person(s, m, MentionKind.PERSON_NAME, a, date);
                    people.add(pm);
                    st.named.put(a.id(), a);
                }
                case PERSON_PARTIAL -> {
                    Actor a = resolveSurname(m, tokens, date, st);
                    if (a != null) {
                        people.add(person(s, m, MentionKind.PERSON_PARTIAL, a, date));
                    }
                }
                case ORGANISATION -> out.add(mention(s, m, MentionKind.ORGANISATION, null, base.actor(e.id()).orElse(null), null));
                case PLACE -> {
                    if (!tokens.get(m.first()).isCapitalised()) {
                        continue;
                    }
                    Actor a = base.actor(e.id()).orElse(null);
                    if (a != null) {
                        out.add(mention(s, m, MentionKind.PLACE, a.country(), a, null));
                    }
                }
                case ROLE -> people.addAll(roles(s, m, e, tokens, date, st, countryAt, matches));
                default -> {
                }
            }
        }
        for (ActorMention p : people) {
            if (p.actor() != null) {
                st.lastPerson = p;
                if (p.country() != null) {
                    st.stateCounts.merge(p.country(), 1, Integer::sum);
                }
            }
        }
        out.addAll(people);
        out.sort((a, b) -> a.span().start() - b.span().start());
        return out;
    }

    /**
     * A role phrase with a demonym after its first word: "le ministre chinois des Affaires
     * étrangères". The match covers the whole phrase; the demonym inside gives the state.
     */
    private NameTrie.Match<ActorBase.Entry> splitRole(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return null;
        }
        NameTrie.Match<ActorBase.Entry> demonym = base.names().longestAt(tokens, i + 1);
        if (demonym == null || demonym.values().stream().noneMatch(v -> v.kind() == MentionKind.DEMONYM)) {
            return null;
        }
        for (Map.Entry<List<String>, ActorBase.Entry> p : base.rolePhrases()) {
            List<String> words = p.getKey();
            if (words.size() < 2 || !words.get(0).equals(tokens.get(i).norm())) {
                continue;
            }
            int at = demonym.last() + 1;
            int k = 1;
            while (k < words.size() && at < tokens.size() && words.get(k).equals(tokens.get(at).norm())) {
                k++;
                at++;
            }
            if (k == words.size()) {
                return new NameTrie.Match<>(i, at - 1, List.of(p.getValue()));
            }
        }
        return null;
    }

    /** Of the entries a name has, the one that fits: a dated alias only within its dates. */
    private static ActorBase.Entry pick(NameTrie.Match<ActorBase.Entry> m, List<Token> tokens, LocalDate date) {
        ActorBase.Entry best = null;
        for (ActorBase.Entry e : m.values()) {
            if (date != null && e.from() != null && (date.isBefore(e.from()) || date.isAfter(e.to()))) {
                continue;
            }
            if (best == null || rank(e.kind()) < rank(best.kind())) {
                best = e;
            }
        }
        return best;
    }

    /** A person's name beats a place of the same spelling; a state beats its capital's homonym. */
    private static int rank(MentionKind k) {
        return switch (k) {
            case PERSON_NAME -> 0;
            case STATE_NAME, METONYM, ORGANISATION -> 1;
            case ROLE -> 2;
            case PLACE -> 3;
            case DEMONYM, COUNTRY_PREFIX -> 4;
            case PERSON_PARTIAL -> 5;
            default -> 6;
        };
    }

    private static boolean startsWithArticle(List<Token> tokens, NameTrie.Match<?> m) {
        return m.first() > 0 && Set.of("la", "le", "les", "l'").contains(tokens.get(m.first() - 1).norm());
    }

    private Actor resolveSurname(NameTrie.Match<ActorBase.Entry> m, List<Token> tokens, LocalDate date, State st) {
        Token t = tokens.get(m.first());
        if (!t.isCapitalised()) {
            return null;
        }
        boolean titled = m.first() > 0 && TITLES.contains(tokens.get(m.first() - 1).norm());
        List<Actor> candidates = new ArrayList<>();
        for (ActorBase.Entry e : m.values()) {
            if (e.kind() == MentionKind.PERSON_PARTIAL || e.kind() == MentionKind.PERSON_NAME) {
                base.actor(e.id()).ifPresent(candidates::add);
            }
        }
        for (Actor a : candidates) {
            if (st.named.containsKey(a.id())) {
                return a;
            }
        }
        if (!titled && t.norm().length() < 4) {
            return null; // "Li", "Xi" alone are too ambiguous without a title or an earlier full name
        }
        List<Actor> inOffice = candidates.stream()
                .filter(a -> date == null ? !base.tenures(a.id()).isEmpty() : base.office(a.id(), date).isPresent()).toList();
        return inOffice.size() == 1 ? inOffice.get(0) : null;
    }

    private List<ActorMention> roles(Sentence s, NameTrie.Match<ActorBase.Entry> m, ActorBase.Entry e, List<Token> tokens,
                                     LocalDate date, State st, Map<Integer, String> countryAt,
                                     List<NameTrie.Match<ActorBase.Entry>> matches) {
        if (m.first() > 0 && NOT_THE_HOLDER.contains(tokens.get(m.first() - 1).norm())
                || m.first() > 1 && tokens.get(m.first() - 1).norm().equals("-") && NOT_THE_HOLDER.contains(tokens.get(m.first() - 2).norm())) {
            return List.of();
        }
        if (namedRightAfter(m, matches, tokens)) {
            return List.of(); // "le président Xi Jinping": the name says who, the role adds nothing
        }
        int end = m.last();
        String country = null;
        // "ministre chinois des Affaires étrangères": the demonym may sit inside the phrase too.
        for (int i = m.first(); i <= Math.min(tokens.size() - 1, end + 4); i++) {
            if (countryAt.containsKey(i) && (i <= end || onlyFillersBetween(tokens, end + 1, i))) {
                country = countryAt.get(i);
                break;
            }
        }
        boolean plural = e.plural();
        Span span = new Span(tokens.get(m.first()).start(), tokens.get(Math.min(tokens.size() - 1, end)).end());
        String surface = s.text().substring(span.start() - s.start(), span.end() - s.start());
        final String stateOfRole = country;
        if ("counterpart".equals(e.id())) {
            if (st.lastPerson == null || stateOfRole == null || date == null) {
                return List.of();
            }
            Role role = st.lastPerson.role();
            if (role == null) {
                return List.of();
            }
            return base.holder(role, stateOfRole, date).map(a -> List.of(new ActorMention(s.index(), span, surface,
                    MentionKind.ROLE, stateOfRole, a, role))).orElse(List.of());
        }
        List<String> states = country != null ? List.of(country) : plural ? st.dyad() : List.of();
        if (states.isEmpty() && !plural && st.lastPerson != null && st.lastPerson.role() == e.role()) {
            // "Le dirigeant y a réalisé une visite": a bare role refers back to the last person of that office.
            return List.of(new ActorMention(s.index(), span, surface, MentionKind.ROLE, st.lastPerson.country(),
                    st.lastPerson.actor(), e.role()));
        }
        List<ActorMention> out = new ArrayList<>();
        final String roleSurface = surface;
        if (date == null) {
            // Without a date, only people the article has named can be the holders meant.
            for (String c : states) {
                st.named.values().stream().filter(a -> base.tenures(a.id()).stream()
                                .anyMatch(t -> t.role() == e.role() && t.country().equals(c)))
                        .findFirst().ifPresent(a -> out.add(new ActorMention(s.index(), span, roleSurface,
                                MentionKind.ROLE, c, a, e.role())));
            }
            return out;
        }
        for (String c : states) {
            base.holder(e.role(), c, date).ifPresent(a -> out.add(new ActorMention(s.index(), span, roleSurface,
                    MentionKind.ROLE, c, a, e.role())));
        }
        return out;
    }

    private static boolean namedRightAfter(NameTrie.Match<ActorBase.Entry> role, List<NameTrie.Match<ActorBase.Entry>> matches,
                                           List<Token> tokens) {
        for (NameTrie.Match<ActorBase.Entry> m : matches) {
            int gap = m.first() - role.last() - 1;
            boolean person = m.values().stream().anyMatch(v -> v.kind() == MentionKind.PERSON_NAME || v.kind() == MentionKind.PERSON_PARTIAL);
            if (person && gap >= 0 && gap <= 3 && onlyFillersOrDemonym(tokens, role.last() + 1, m.first(), matches)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyFillersOrDemonym(List<Token> tokens, int from, int to, List<NameTrie.Match<ActorBase.Entry>> matches) {
        for (int i = from; i < to; i++) {
            int idx = i;
            boolean demonym = matches.stream().anyMatch(m -> m.first() <= idx && idx <= m.last()
                    && m.values().stream().anyMatch(v -> v.kind() == MentionKind.DEMONYM || v.kind() == MentionKind.STATE_NAME));
            if (!demonym && !FILLERS.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyFillersBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FILLERS.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return true;
    }

    private ActorMention person(Sentence s, NameTrie.Match<ActorBase.Entry> m, MentionKind kind, Actor a, LocalDate date) {
        Role role = base.office(a.id(), date).map(Tenure::role).orElse(null);
        String country = base.office(a.id(), date).map(Tenure::country).orElse(a.country());
        return mention(s, m, kind, country, a, role);
    }

    private static ActorMention mention(Sentence s, NameTrie.Match<ActorBase.Entry> m, MentionKind kind, String country,
                                        Actor actor, Role role) {
        List<Token> tokens = s.tokens();
        Span span = new Span(tokens.get(m.first()).start(), tokens.get(m.last()).end());
        return new ActorMention(s.index(), span, s.text().substring(span.start() - s.start(), span.end() - s.start()),
                kind, country, actor, role);
    }
}
