package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.text.Normalizer;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

/**
 * The actor knowledge base: states, people with dated offices, organisations and places, read once
 * from the resources of this package, immutable afterwards. {@link #get()} shares one instance.
 */
public final class ActorBase {
    private static final List<Role> ROLE_PRIORITY = List.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT,
            Role.FOREIGN_MINISTER);

    private final Map<String, Actor> actors;
    private final Map<String, String> stateNamesFr;
    private final Map<String, String> labelsFr;
    private final Map<String, List<Tenure>> tenuresByPerson;
    private final Map<String, List<Tenure>> tenuresByOffice;
    private final Map<String, Set<String>> members;
    private final Map<String, PlaceInfo> places;
    private final Map<String, List<String>> aliases;
    private final Set<String> surnameFirst;
    private final Map<String, LocalDate[]> renamings;
    private final Map<String, String> personIdByName;
    private final TokenTrie trie;

    /**
     * The bundled base with the user overlay named by the system property or environment variable
     * {@value ActorOverlay#PROPERTY} (ENTENTE_ACTORS_OVERLAY), if set. Each call loads a new base
     * (about 0.1 s): callers keep the one they need, so no state is shared behind their back.
     */
    public static ActorBase configured() {
        return load(ActorOverlay.configured().orElse(null));
    }

    private ActorBase(Builder b) {
        this.actors = Map.copyOf(b.actors);
        this.stateNamesFr = Map.copyOf(b.stateNamesFr);
        this.labelsFr = Map.copyOf(b.labelsFr);
        this.tenuresByPerson = freeze(b.tenuresByPerson);
        this.tenuresByOffice = freeze(b.tenuresByOffice);
        this.members = Map.copyOf(b.members);
        this.places = Map.copyOf(b.places);
        this.aliases = freeze(b.aliases);
        this.surnameFirst = Set.copyOf(b.surnameFirst);
        this.renamings = Map.copyOf(b.renamings);
        this.personIdByName = Map.copyOf(b.personIdByName);
        this.trie = b.trie;
    }

    private static <V> Map<String, List<V>> freeze(Map<String, List<V>> m) {
        Map<String, List<V>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** The bundled base alone. */
    public static ActorBase load() {
        return new Builder(null).build();
    }

    /**
     * The bundled base with a user overlay (CSV or YAML, see {@link ActorOverlay}) whose rows extend
     * it or override it: an overlaid tenure ends any other holder's tenure of the same office at its
     * start. A null path means no overlay.
     *
     * @throws IllegalArgumentException naming file and line of a bad row
     */
    public static ActorBase load(java.nio.file.Path overlay) {
        return new Builder(overlay == null ? null : ActorOverlay.read(overlay)).build();
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The state with this ISO alpha-3 code. */
    public Optional<Actor> state(String iso3) {
        Actor a = actors.get(iso3);
        return a != null && a.kind() == ActorKind.STATE ? Optional.of(a) : Optional.empty();
    }

    /** French name of a state with its article ("la Chine", "les États-Unis"), or null. */
    public String frenchName(String iso3) {
        return stateNamesFr.get(iso3);
    }

    /**
     * French name of a state or organisation as a heading or a table shows it, without article
     * ("Chine", "États-Unis", "Organisation de coopération de Shanghai"), or null when the base has none.
     */
    public String frenchLabel(String id) {
        return labelsFr.get(id);
    }

    /** Who held the office in that state on that date (usually one person; none when unknown). */
    public List<Actor> holders(Role role, String iso3, LocalDate date) {
        List<Actor> out = new ArrayList<>();
        for (Tenure t : tenuresByOffice.getOrDefault(role + "/" + iso3, List.of())) {
            if (date == null ? t.end() == null : t.holdsAt(date)) {
                Actor a = actors.get(t.personId());
                if (a != null && !out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    public List<Tenure> tenures(String personId) {
        return tenuresByPerson.getOrDefault(personId, List.of());
    }

    /**
     * The state a person acts for at the date: the state of the office held then, none while heading
     * an international organisation, else the state the base files the person under, else
     * {@code fallback} (the state the text gives).
     */
    public String countryAt(Actor person, LocalDate date, String fallback) {
        Optional<Tenure> office = officeAt(person.id(), date);
        if (office.isPresent()) {
            return office.get().role() == Role.HEAD_OF_ORGANISATION ? null : office.get().country();
        }
        return person.country() != null ? person.country() : fallback;
    }

    /** The main tracked office the person held at the date (head of state first), if any. */
    public Optional<Tenure> officeAt(String personId, LocalDate date) {
        return tenures(personId).stream()
                .filter(t -> date == null ? t.end() == null : t.holdsAt(date))
                .min(Comparator.comparingInt(t -> ROLE_PRIORITY.indexOf(t.role()) < 0 ? 9 : ROLE_PRIORITY.indexOf(t.role())));
    }

    public Set<String> members(String orgId) {
        return members.getOrDefault(orgId, Set.of());
    }

    public Optional<PlaceInfo> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** The person of the base with that name or spelling (accents and case ignored), if any. */
    public Optional<Actor> personNamed(String name) {
        String id = personIdByName.get(Normalizer.fold(name));
        return id == null ? Optional.empty() : byId(id);
    }

    /** Other spellings of a person's name from person-aliases.tsv. */
    public List<String> aliases(String personId) {
        return aliases.getOrDefault(personId, List.of());
    }

    /** Whether people of that state write the family name first ("Xi Jinping"). */
    boolean surnameFirst(String iso3) {
        return surnameFirst.contains(iso3);
    }

    /** For an old place name, [from, to) when it was official, or null. */
    public LocalDate[] renamedPeriod(String oldName) {
        return renamings.get(Normalizer.fold(oldName));
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    /** Token norms of a name, as the matcher sees it. */
    List<String> nameNorms(String name) {
        List<String> out = new ArrayList<>();
        for (Token t : new Tokenizer().tokenize(name, 0, name.length())) {
            out.add(t.norm());
        }
        return out;
    }

    TokenTrie trie() {
        return trie;
    }

    /** Mutable state of the one-time load; discarded once the base is built. */
    private static final class Builder {
        final Map<String, Actor> actors = new HashMap<>(16_384);
        final Map<String, String> stateNamesFr = new HashMap<>();
        final Map<String, String> labelsFr = new HashMap<>();
        final Map<String, List<Tenure>> tenuresByPerson = new HashMap<>();
        final Map<String, List<Tenure>> tenuresByOffice = new HashMap<>();
        final Map<String, Set<String>> members = new HashMap<>();
        final Map<String, PlaceInfo> places = new HashMap<>(8192);
        final Map<String, List<String>> aliases = new HashMap<>();
        final Set<String> surnameFirst = new LinkedHashSet<>();
        final Map<String, LocalDate[]> renamings = new HashMap<>();
        final Map<String, String> personIdByName = new HashMap<>();
        /** Common French words that no spelling variant of a family name may become ("May" -> "mai"). */
        final Set<String> commonWords = new java.util.HashSet<>();
        final TokenTrie trie = new TokenTrie();
        final Tokenizer tokenizer = new Tokenizer();
        final Transliteration translit = Transliteration.load();
        final Map<String, Set<String>> variantCache = new HashMap<>();
        /**
         * Spellings of a generated full name indexed at most: 18,000 Phoenix names with up to 64 each
         * made the base 8 times slower to load; the family name alone keeps all its variants.
         */
        static final int STRICT_COMBOS = 8;
        final ActorOverlay overlay;

        Builder(ActorOverlay overlay) {
            this.overlay = overlay;
        }

        ActorBase build() {
            for (String[] r : Tsv.read("surname-stoplist.tsv")) {
                commonWords.add(Normalizer.fold(r[0].strip()));
            }
            loadStates();
            loadOrgs();
            loadPlaces();
            loadPeople();
            loadRoles();
            return new ActorBase(this);
        }

        void loadStates() {
            for (String[] r : Tsv.read("gen-states.tsv")) {
                String iso3 = r[0];
                actors.put(iso3, new Actor(iso3, ActorKind.STATE, r[2], iso3));
                stateNamesFr.put(iso3, Tsv.col(r, 4));
                if (!Tsv.col(r, 3).isEmpty()) {
                    labelsFr.put(iso3, Tsv.col(r, 3));
                }
            }
            for (String[] r : Tsv.read("gen-state-lexicon.tsv")) {
                if (!actors.containsKey(r[1])) {
                    continue;
                }
                LexEntry.Type type = switch (r[2]) {
                    case "NAME" -> LexEntry.Type.STATE_NAME;
                    case "DEMONYM" -> LexEntry.Type.DEMONYM;
                    case "PREFIX" -> LexEntry.Type.PREFIX;
                    default -> LexEntry.Type.CAPITAL;
                };
                if (type != LexEntry.Type.PREFIX) {
                    trie.add(r[0], LexEntry.of(type, r[1]));
                }
            }
            for (String[] r : Tsv.read("states-curated.tsv")) {
                trie.add(r[0], LexEntry.of(r[2].equals("DEMONYM") ? LexEntry.Type.DEMONYM : LexEntry.Type.STATE_NAME, r[1]));
            }
            for (String[] r : Tsv.read("prefixes-curated.tsv")) {
                trie.add(r[0], LexEntry.of(LexEntry.Type.PREFIX, r[1]));
            }
            // Prolex prefixes other than the curated ones ("anglo" is coded Gibraltar there).
            for (String[] r : Tsv.read("gen-state-lexicon.tsv")) {
                if (r[2].equals("PREFIX") && !r[0].equals("anglo")) {
                    trie.add(r[0], LexEntry.of(LexEntry.Type.PREFIX, r[1]));
                }
            }
            for (String[] r : Tsv.read("seats.tsv")) {
                trie.add(r[0], LexEntry.of(r[2].equals("SEAT") ? LexEntry.Type.SEAT : LexEntry.Type.CAPITAL, r[1]));
            }
            for (String[] r : Tsv.read("surname-first.tsv")) {
                surnameFirst.add(r[0].strip());
            }
        }

        void loadOrgs() {
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String[] r : Tsv.read("gen-orgs.tsv")) {
                rows.put(r[0], r);
            }
            List<String[]> curated = Tsv.read("orgs-curated.tsv");
            for (String[] r : curated) {
                rows.put(r[0], r);
            }
            for (String[] r : rows.values()) {
                String id = r[0];
                actors.put(id, new Actor(id, ActorKind.ORGANISATION, r[1], null));
                trie.add(r[1], LexEntry.of(LexEntry.Type.ORG_NAME, id));
                for (String n : Tsv.list(Tsv.col(r, 2))) {
                    // The curated table writes in lower case the names French writes so ("zone euro");
                    // the generated labels are lower case whatever the usage.
                    boolean common = curated.contains(r) && !n.isEmpty() && Character.isLowerCase(n.charAt(0));
                    trie.add(n, LexEntry.of(common ? LexEntry.Type.ORG_COMMON_NAME : LexEntry.Type.ORG_NAME, id));
                    labelsFr.putIfAbsent(id, n);
                }
                for (String a : Tsv.list(Tsv.col(r, 3))) {
                    // Acronyms of two letters collide with too many words and codes; keep curated ones only.
                    if (a.length() > 2 || curated.contains(r)) {
                        trie.add(a, LexEntry.of(LexEntry.Type.ORG_ACRONYM, id));
                    }
                }
                List<String> m = Tsv.list(Tsv.col(r, 4));
                if (!m.isEmpty()) {
                    members.put(id, Set.copyOf(m));
                }
            }
        }

        void loadPlaces() {
            Set<String> stop = new java.util.HashSet<>();
            for (String[] r : Tsv.read("place-stoplist.tsv")) {
                stop.add(Normalizer.fold(r[0]));
            }
            List<String[]> rows = Tsv.read("gen-places.tsv");
            // A city's own name is never another city's alias: "New Delhi" is New Delhi, not the
            // more populous Delhi that also carries it.
            Set<String> own = new java.util.HashSet<>();
            for (String[] r : rows) {
                own.add(Normalizer.fold(r[1]));
            }
            Map<String, String> english = new HashMap<>();
            for (String[] r : Tsv.read("place-names-en.tsv")) {
                english.put(r[0], r[1]);
            }
            for (String[] r : rows) {
                String id = "geo:" + r[0];
                // The common English name: GeoNames' qualifier after a comma goes ("Washington, D. C."),
                // and a local name gives way to the English one ("Napoli" is Naples).
                String name = english.getOrDefault(r[0], r[1].contains(",") ? r[1].substring(0, r[1].indexOf(',')).strip() : r[1]);
                actors.put(id, new Actor(id, ActorKind.PLACE, name, r[2]));
                places.put(id, new PlaceInfo(id, Double.parseDouble(r[3]), Double.parseDouble(r[4]), Long.parseLong(r[5])));
                List<String> names = new ArrayList<>();
                for (String alias : Tsv.list(Tsv.col(r, 7))) {
                    if (!own.contains(Normalizer.fold(alias))) {
                        names.add(alias);
                    }
                }
                names.add(r[1]);
                for (String n : names) {
                    boolean stopped = stop.contains(Normalizer.fold(n));
                    trie.add(n, new LexEntry(LexEntry.Type.PLACE, id, null, stopped));
                    // "Le Caire" is written "au Caire", "du Caire": the bare form needs a preposition.
                    String bare = n.replaceFirst("^(Le |La |Les |L'|L\u2019)", "");
                    if (!bare.equals(n) && bare.length() > 2) {
                        trie.add(bare, new LexEntry(LexEntry.Type.PLACE, id, null, true));
                    }
                }
            }
            for (String[] r : Tsv.read("renamings.tsv")) {
                String id = "geo:" + r[1];
                if (!actors.containsKey(id)) {
                    continue;
                }
                trie.add(r[0], LexEntry.of(LexEntry.Type.PLACE_RENAMED, id));
                renamings.put(Normalizer.fold(r[0]), new LocalDate[] {date(Tsv.col(r, 3)), date(Tsv.col(r, 4))});
                // The canonical place takes the current name too ("Kyiv" for geonames "Kiev").
                actors.put(id, new Actor(id, ActorKind.PLACE, r[2], actors.get(id).country()));
                trie.add(r[2], LexEntry.of(LexEntry.Type.PLACE, id));
            }
        }

        void loadPeople() {
            for (String[] r : Tsv.read("gen-people.tsv")) {
                addPerson(r[0], r[1], r[2]);
                for (String v : Tsv.list(Tsv.col(r, 4))) {
                    personIdByName.putIfAbsent(Normalizer.fold(v), r[0]);
                    indexName(actors.get(r[0]), v);
                }
            }
            for (String[] r : Tsv.read("gen-tenures.tsv")) {
                addTenure(new Tenure(r[0], Role.valueOf(r[1]), r[2], date(r[3]), date(Tsv.col(r, 4)), Tsv.col(r, 5)));
            }
            for (String[] r : Tsv.read("updates.tsv")) {
                String name = r[2];
                String qid = Tsv.col(r, 3);
                Role role = Role.valueOf(r[0]);
                String id = personIdByName.get(Normalizer.fold(name));
                if (id == null && !qid.isEmpty() && actors.containsKey(qid)) {
                    id = qid;
                }
                if (id == null) {
                    id = qid.isEmpty() ? "person:" + slug(name) : qid;
                    // The head of an organisation belongs to no state (the office's "country" is the organisation).
                    addPerson(id, name, role == Role.HEAD_OF_ORGANISATION ? null : r[1]);
                }
                if (role == Role.HEAD_OF_ORGANISATION && !(actors.containsKey(r[1]) && actors.get(r[1]).kind() == ActorKind.ORGANISATION)) {
                    throw new IllegalStateException("updates.tsv: " + name + " heads " + r[1] + ", which is not an organisation id");
                }
                addTenure(new Tenure(id, role, r[1], date(Tsv.col(r, 4)), date(Tsv.col(r, 5)), Tsv.col(r, 6)));
            }
            new Officials(this).load();
            List<Tenure> overlaid = new ArrayList<>();
            if (overlay != null) {
                for (ActorOverlay.Row r : overlay.rows()) {
                    if (r.role() != null) {
                        String id = personId(r.name(), r.qid(), r.iso3());
                        Tenure t = new Tenure(id, r.role(), r.iso3(), r.start(), r.end(), r.source());
                        overrideWith(t);
                        addTenure(t);
                        overlaid.add(t);
                    }
                }
            }
            closeOpenTenures();
            for (Tenure t : overlaid) {
                // The user's word is final: an open bundled tenure starting later must not close theirs.
                if (t.end() == null) {
                    reopen(t);
                }
            }
            if (overlay != null) {
                for (ActorOverlay.Row r : overlay.rows()) {
                    if (!r.aliases().isEmpty()) {
                        String id = personId(r.name(), r.qid(), r.iso3().isEmpty() ? null : r.iso3());
                        for (String v : r.aliases()) {
                            aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
                            personIdByName.putIfAbsent(Normalizer.fold(v), id);
                            indexName(actors.get(id), v);
                        }
                    }
                }
            }
            for (String[] r : Tsv.read("person-aliases.tsv")) {
                String id = personIdByName.get(Normalizer.fold(r[0]));
                if (id == null) {
                    continue;
                }
                Actor p = actors.get(id);
                for (String v : Tsv.list(Tsv.col(r, 1))) {
                    aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
                    indexName(p, v);
                }
            }
        }

        /** The known person of that name or Wikidata id, else a new one. */
        private String personId(String name, String qid, String iso3) {
            String id = personIdByName.get(Normalizer.fold(name));
            if (id == null && !qid.isEmpty() && actors.containsKey(qid)) {
                id = qid;
            }
            if (id == null) {
                id = qid.isEmpty() ? "person:" + slug(name) : qid;
                addPerson(id, name, iso3);
            }
            return id;
        }

        /**
         * Makes room for an overlaid tenure: the same person's bundled tenure of that office with the
         * same start is replaced, and other holders' closed tenures running at its start end there.
         */
        private void overrideWith(Tenure t) {
            List<Tenure> office = tenuresByOffice.getOrDefault(t.role() + "/" + t.country(), List.of());
            List<Tenure> kept = new ArrayList<>();
            for (Tenure o : office) {
                if (o.personId().equals(t.personId()) && java.util.Objects.equals(o.start(), t.start())) {
                    continue;
                }
                // Open tenures are closed later by closeOpenTenures, at the next start of any source.
                if (!o.personId().equals(t.personId()) && o.end() != null && t.start() != null && o.holdsAt(t.start())
                        && (o.start() == null || o.start().isBefore(t.start()))) {
                    o = o.withEnd(t.start());
                }
                kept.add(o);
            }
            tenuresByOffice.put(t.role() + "/" + t.country(), kept);
            tenuresByPerson.clear(); // rebuilt from the offices by closeOpenTenures
        }

        private void reopen(Tenure t) {
            String key = t.role() + "/" + t.country();
            List<Tenure> office = new ArrayList<>(tenuresByOffice.get(key));
            List<Tenure> person = new ArrayList<>(tenuresByPerson.get(t.personId()));
            office.replaceAll(o -> sameAs(t).test(o) && o.role() == t.role() ? t : o);
            person.replaceAll(o -> sameAs(t).test(o) && o.role() == t.role() && o.country().equals(t.country()) ? t : o);
            tenuresByOffice.put(key, office);
            tenuresByPerson.put(t.personId(), person);
        }

        private void addPerson(String id, String name, String iso3) {
            if (actors.containsKey(id)) {
                return;
            }
            Actor p = new Actor(id, ActorKind.PERSON, name, iso3);
            actors.put(id, p);
            personIdByName.putIfAbsent(Normalizer.fold(name), id);
            indexName(p, name);
        }

        /** Full name with rule variants, plus the family name alone for partial mentions. */
        private void indexName(Actor p, String name) {
            indexName(p, name, false);
        }

        /**
         * As {@link #indexName(Actor, String)}; a rule variant of a family name that is a common word is
         * never indexed alone, and with {@code strict} (generated people) neither is such a family name.
         */
        private void indexName(Actor p, String name, boolean strict) {
            List<String> norms = new ArrayList<>();
            for (Token t : tokenizer.tokenize(name, 0, name.length())) {
                norms.add(t.norm());
            }
            if (norms.isEmpty()) {
                return;
            }
            LexEntry full = LexEntry.of(LexEntry.Type.PERSON_FULL, p.id());
            List<List<String>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            for (String n : norms) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> c : combos) {
                    for (String v : variants(n)) {
                        if (next.size() >= (strict ? STRICT_COMBOS : 64)) {
                            break;
                        }
                        List<String> c2 = new ArrayList<>(c);
                        c2.add(v);
                        next.add(c2);
                    }
                }
                combos = next;
            }
            if (norms.size() > 1) {
                for (List<String> c : combos) {
                    trie.addNorms(c, full);
                }
            }
            List<String> family = familyName(norms, p.country());
            if (family.isEmpty() || strict && family.size() == 1 && commonWords.contains(family.get(0))) {
                return;
            }
            LexEntry partial = LexEntry.of(LexEntry.Type.PERSON_SURNAME, p.id());
            trie.addNorms(family, partial);
            if (family.size() == 1) {
                for (String v : variants(family.get(0))) {
                    if (v.equals(family.get(0)) || !commonWords.contains(v)) {
                        trie.addNorms(List.of(v), partial);
                    }
                }
            }
        }

        /** Rule variants of a token, computed once: 18,000 generated names share most of their tokens. */
        private Set<String> variants(String norm) {
            return variantCache.computeIfAbsent(norm, translit::variants);
        }

        private List<String> familyName(List<String> norms, String iso3) {
            if (norms.size() == 1) {
                return norms;
            }
            if (surnameFirst.contains(iso3)) {
                return List.of(norms.get(0));
            }
            // "Lula da Silva", "Le Drian", "bin Salman": keep the particle with the name after it.
            int i = norms.size() - 1;
            if (i >= 2 && Set.of("da", "de", "le", "bin", "ben", "al", "el", "di", "van", "von").contains(norms.get(i - 1))) {
                return norms.subList(i - 1, norms.size());
            }
            if (norms.get(i).matches("[ivx]+") || norms.get(i).equals("iii")) {
                return List.of(); // regnal numbers: "Charles III" has no family name
            }
            if (i >= 2 && norms.get(i - 1).equals("-")) {
                return norms.subList(i - 2, norms.size());
            }
            return List.of(norms.get(i));
        }

        private void addTenure(Tenure t) {
            tenuresByPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t);
            tenuresByOffice.computeIfAbsent(t.role() + "/" + t.country(), k -> new ArrayList<>()).add(t);
        }

        /** An open tenure from an older source ends where the next holder of the office starts. */
        private void closeOpenTenures() {
            tenuresByPerson.clear();
            for (Map.Entry<String, List<Tenure>> e : tenuresByOffice.entrySet()) {
                List<Tenure> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparing(Tenure::start, Comparator.nullsFirst(Comparator.naturalOrder())));
                List<Tenure> fixed = new ArrayList<>();
                // Same person and start = the same tenure twice (two sources); a set keeps this linear
                // for offices with hundreds of government members.
                Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Tenure t = list.get(i);
                    // A government has many members at once: one member's start ends no other's.
                    if (t.end() == null && t.start() != null && t.role() != Role.OFFICIAL) {
                        for (int j = i + 1; j < list.size(); j++) {
                            Tenure n = list.get(j);
                            if (n.start() != null && n.start().isAfter(t.start()) && !n.personId().equals(t.personId())) {
                                t = t.withEnd(n.start());
                                break;
                            }
                            if (n.personId().equals(t.personId()) && n.start() != null && n.start().isAfter(t.start())) {
                                t = null; // the same person again: the later row carries on
                                break;
                            }
                        }
                    }
                    if (t != null && seen.add(t.personId() + "/" + t.start())) {
                        fixed.add(t);
                    }
                }
                e.setValue(fixed);
                for (Tenure t : fixed) {
                    tenuresByPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t);
                }
            }
        }

        /**
         * Government members from Phoenix (gen-officials.tsv), loaded after the labelled tenures so
         * that a person already known by a name or alias is the same actor. Labelled tenures win: a
         * Phoenix period that overlaps one of the person's labelled tenures is dropped, and a name
         * already given to a labelled person of another state is left to that person (namesakes).
         * Family names that are common French words (surname-stoplist.tsv) are not indexed alone.
         */
        private static final class Officials {
            static final String SOURCE = "Phoenix.Countries.actors.txt (openeventdata, CountryInfo.140130)";
            final Builder b;

            Officials(Builder b) {
                this.b = b;
            }

            void load() {
                for (String[] r : Tsv.read("gen-officials.tsv")) {
                    String name = r[0];
                    String iso = r[1];
                    List<String> names = new ArrayList<>();
                    names.add(name);
                    names.addAll(Tsv.list(Tsv.col(r, 2)));
                    String id = known(names);
                    List<Tenure> labelled = id == null ? List.of() : b.tenuresByPerson.getOrDefault(id, List.of()).stream()
                            .filter(t -> t.role() != Role.OFFICIAL).toList();
                    if (id != null && !labelled.isEmpty() && !iso.equals(b.actors.get(id).country())) {
                        continue;
                    }
                    if (id == null) {
                        id = "person:" + slug(name);
                        if (b.actors.containsKey(id)) {
                            id = id + "-" + iso.toLowerCase(Locale.ROOT);
                        }
                        b.actors.put(id, new Actor(id, ActorKind.PERSON, name, iso));
                    }
                    Actor p = b.actors.get(id);
                    for (String n : names) {
                        b.personIdByName.putIfAbsent(Normalizer.fold(n), id);
                        b.indexName(p, n, true);
                    }
                    for (String period : Tsv.list(Tsv.col(r, 3))) {
                        int dots = period.indexOf("..");
                        Tenure t = new Tenure(id, Role.OFFICIAL, iso, date(period.substring(0, dots)),
                                date(period.substring(dots + 2)), SOURCE);
                        if (labelled.stream().noneMatch(l -> overlap(l, t))) {
                            b.addTenure(t);
                        }
                    }
                }
            }

            /** The person already known under one of these names, if any. */
            private String known(List<String> names) {
                for (String n : names) {
                    String id = b.personIdByName.get(Normalizer.fold(n));
                    if (id != null) {
                        return id;
                    }
                }
                return null;
            }

            /** Whether two periods share a day; an open end runs on for ever, an unknown start from always. */
            private static boolean overlap(Tenure a, Tenure c) {
                boolean aBeforeC = a.end() != null && c.start() != null && !a.end().isAfter(c.start());
                boolean cBeforeA = c.end() != null && a.start() != null && !c.end().isAfter(a.start());
                return !aBeforeC && !cBeforeA;
            }
        }

        private static java.util.function.Predicate<Tenure> sameAs(Tenure t) {
            return o -> o.personId().equals(t.personId()) && java.util.Objects.equals(o.start(), t.start());
        }

        void loadRoles() {
            for (String[] r : Tsv.read("roles-fr.tsv")) {
                LexEntry.Type type = LexEntry.Type.valueOf(r[3]);
                trie.add(r[0], new LexEntry(type, null, Role.valueOf(r[1]), r[2].equals("pl")));
            }
            for (String[] r : Tsv.read("role-tails.tsv")) {
                trie.add(r[0], new LexEntry(LexEntry.Type.ROLE_TAIL, null, Role.valueOf(r[1]), false));
            }
            for (String[] r : Tsv.read("context-words.tsv")) {
                trie.add(r[0], LexEntry.of(LexEntry.Type.WORD, r[1]));
            }
        }

        private static LocalDate date(String s) {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        }
    }

    static String slug(String name) {
        return Normalizer.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    }
}
