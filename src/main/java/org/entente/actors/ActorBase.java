package org.entente.actors;

import org.entente.text.Normalizer;
import org.entente.text.Token;
import org.entente.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Entente's knowledge of actors: states with their names, demonyms, prefixes and seats of power;
 * people with dated offices; organisations with their members; places. Loaded once from the
 * files under {@code org/entente/actors} (their provenance is in PROVENANCE.md there), plus an
 * optional user overlay of tenures; immutable afterwards and safe to share between threads.
 */
public final class ActorBase {
    /** What a dictionary name can stand for. */
    record Entry(MentionKind kind, String id, Role role, boolean plural, LocalDate from, LocalDate to) {
        static Entry of(MentionKind kind, String id) {
            return new Entry(kind, id, null, false, null, null);
        }
    }

    private static final Set<String> EAST_ASIAN_ORDER = Set.of("CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP");

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByPerson = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByOffice = new HashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, String> personIdByName = new HashMap<>();
    private final NameTrie<Entry> names = new NameTrie<>();
    private final List<Map.Entry<List<String>, Entry>> rolePhrases = new ArrayList<>();

    private ActorBase() {
    }

    /** The bundled base. */
    public static ActorBase load() {
        return load(null);
    }

    /**
     * The bundled base plus a user overlay of tenures in the format of leaders-curated.tsv
     * (country, role HOS/HOG/FM, name, start, end, aliases, source), read without rebuilding.
     */
    public static ActorBase load(Path overlay) {
        ActorBase b = new ActorBase();
        b.readResource("states.tsv", b::addState);
        b.readResource("states-curated.tsv", b::addCuratedState);
        b.readResource("leaders-generated.tsv", c -> b.addTenure(c[0], c[1], c[2], c[3], c[4], c[5], "", c[6]));
        b.readResource("leaders-curated.tsv", c -> b.addTenure(c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : "", "",
                c.length > 5 ? c[5] : "", c.length > 6 ? c[6] : "leaders-curated.tsv"));
        if (overlay != null) {
            try (InputStream in = Files.newInputStream(overlay)) {
                b.read(in, overlay.toString(), c -> b.addTenure(c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : "", "",
                        c.length > 5 ? c[5] : "", c.length > 6 ? c[6] : overlay.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actor overlay " + overlay, e);
            }
        }
        b.readResource("organisations.tsv", b::addOrganisation);
        b.readResource("places.tsv", b::addPlace);
        b.readResource("places-curated.tsv", b::addCuratedPlace);
        b.readResource("roles.tsv", b::addRole);
        b.indexPartialNames();
        return b;
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The holder of an office at a date: the tenure covering it that started last. */
    public Optional<Actor> holder(Role role, String country, LocalDate date) {
        return tenuresByOffice.getOrDefault(country + "|" + role, List.of()).stream()
                .filter(t -> t.covers(date))
                .max(Comparator.comparing(Tenure::start).thenComparing(t -> t.source().startsWith("Wikipedia")))
                .map(t -> actors.get(t.personId()));
    }

    /** The office a person held at a date, if any (the one that started last). */
    public Optional<Tenure> office(String personId, LocalDate date) {
        return tenuresByPerson.getOrDefault(personId, List.of()).stream()
                .filter(t -> date == null || t.covers(date))
                .max(Comparator.comparing(Tenure::start).thenComparing(t -> t.source().startsWith("Wikipedia")));
    }

    public List<Tenure> tenures(String personId) {
        return tenuresByPerson.getOrDefault(personId, List.of());
    }

    /** Member states of an organisation id (ISO alpha-3), empty when unknown or not tracked. */
    public List<String> memberStates(String organisationId) {
        Organisation o = organisations.get(organisationId);
        return o == null ? List.of() : o.members();
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    NameTrie<Entry> names() {
        return names;
    }

    private void addState(String[] c) {
        String iso3 = c[0];
        actors.put(iso3, new Actor(iso3, ActorKind.STATE, c[2], iso3));
        for (String n : split(c[3])) {
            name(n, Entry.of(MentionKind.STATE_NAME, iso3));
        }
        for (String d : split(c[4])) {
            name(d, Entry.of(MentionKind.DEMONYM, iso3));
        }
        if (c.length > 5) {
            for (String p : split(c[5])) {
                name(p, Entry.of(MentionKind.COUNTRY_PREFIX, iso3));
            }
        }
    }

    private void addCuratedState(String[] c) {
        MentionKind kind = switch (c[0]) {
            case "PREFIX" -> MentionKind.COUNTRY_PREFIX;
            case "METONYM" -> MentionKind.METONYM;
            case "NAME" -> MentionKind.STATE_NAME;
            default -> throw new IllegalArgumentException("states-curated.tsv: unknown kind " + c[0]);
        };
        name(c[2], Entry.of(kind, c[1]));
    }

    private void addTenure(String country, String roleCode, String name, String start, String end, String wikidata,
                           String aliases, String source) {
        Role role = switch (roleCode) {
            case "HOS" -> Role.HEAD_OF_STATE;
            case "HOG" -> Role.HEAD_OF_GOVERNMENT;
            case "FM" -> Role.FOREIGN_MINISTER;
            default -> Role.OTHER;
        };
        String key = Normalizer.fold(name);
        String id = personIdByName.get(key);
        if (id == null) {
            id = wikidata != null && !wikidata.isBlank() ? wikidata : "person:" + key.replaceAll("[^a-z0-9]+", "-");
            personIdByName.put(key, id);
            actors.put(id, new Actor(id, ActorKind.PERSON, name, country));
            name(name, Entry.of(MentionKind.PERSON_NAME, id));
        }
        for (String a : split(aliases)) {
            List<String> tokens = norms(a);
            name(a, Entry.of(tokens.size() > 1 ? MentionKind.PERSON_NAME : MentionKind.PERSON_PARTIAL, id));
        }
        LocalDate from = date(start, false);
        if (from == null) {
            return;
        }
        Tenure t = new Tenure(id, country, role, from, date(end, true), source);
        tenuresByPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
        tenuresByOffice.computeIfAbsent(country + "|" + role, k -> new ArrayList<>()).add(t);
    }

    /** Surnames alone ("Tokaïev", "M. Xi") point to every person who bears them; the linker picks one. */
    private void indexPartialNames() {
        for (Actor a : actors.values()) {
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            List<String> tokens = norms(a.name()).stream().filter(t -> !t.equals("-")).toList();
            if (tokens.size() < 2) {
                continue;
            }
            String surname = EAST_ASIAN_ORDER.contains(a.country()) ? tokens.get(0) : tokens.get(tokens.size() - 1);
            names.put(List.of(surname), Entry.of(MentionKind.PERSON_PARTIAL, a.id()));
        }
    }

    private void addOrganisation(String[] c) {
        List<String> members = c.length > 3 ? split(c[3]) : List.of();
        Organisation o = new Organisation(c[0], c[1], split(c[2]), members);
        organisations.put(o.id(), o);
        actors.put(o.id(), new Actor(o.id(), ActorKind.ORGANISATION, o.name(), null));
        name(c[1], Entry.of(MentionKind.ORGANISATION, o.id()));
        for (String n : o.frenchNames()) {
            name(n, Entry.of(MentionKind.ORGANISATION, o.id()));
        }
    }

    private void addPlace(String[] c) {
        String id = "geo:" + c[0];
        if (!actors.containsKey(id)) {
            actors.put(id, new Actor(id, ActorKind.PLACE, c[1], c[2]));
        }
        name(c[1], Entry.of(MentionKind.PLACE, id));
        if (c.length > 7) {
            for (String a : split(c[7])) {
                name(a, Entry.of(MentionKind.PLACE, id));
            }
        }
    }

    private void addCuratedPlace(String[] c) {
        String id = "geo:" + c[0];
        Actor old = actors.get(id);
        String country = old == null ? null : old.country();
        actors.put(id, new Actor(id, ActorKind.PLACE, c[1], country));
        name(c[1], Entry.of(MentionKind.PLACE, id));
        LocalDate from = null;
        LocalDate to = null;
        if (c.length > 3 && c[3].contains("..")) {
            String[] range = c[3].split("\\.\\.");
            from = LocalDate.parse(range[0]);
            to = LocalDate.parse(range[1]);
        }
        for (String a : split(c[2])) {
            name(a, new Entry(MentionKind.PLACE, id, null, false, from, to));
        }
    }

    private void addRole(String[] c) {
        boolean plural = c.length > 2 && c[2].trim().equals("pl");
        Role role = c[0].equals("COUNTERPART") ? Role.OTHER : Role.valueOf(c[0]);
        Entry e = new Entry(MentionKind.ROLE, c[0].equals("COUNTERPART") ? "counterpart" : null, role, plural, null, null);
        name(c[1], e);
        rolePhrases.add(Map.entry(norms(c[1]), e));
    }

    /** Role phrases as token lists: the linker also finds them with a demonym inside ("ministre chinois des ..."). */
    List<Map.Entry<List<String>, Entry>> rolePhrases() {
        return rolePhrases;
    }

    private void name(String text, Entry e) {
        List<String> tokens = norms(text);
        names.put(tokens, e);
        // "la Chine", "l'Élysée": the article is optional in text, so index the name without it.
        if (tokens.size() > 1 && Set.of("la", "le", "les", "l'").contains(tokens.get(0))) {
            names.put(tokens.subList(1, tokens.size()), e);
        }
    }

    List<String> norms(String text) {
        return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::norm).toList();
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static LocalDate date(String s, boolean end) {
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.strip();
        try {
            if (s.length() == 4) {
                return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (s.length() == 7) {
                LocalDate d = LocalDate.parse(s + "-01");
                return end ? d.plusMonths(1).minusDays(1) : d;
            }
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void readResource(String name, Consumer<String[]> row) {
        try (InputStream in = ActorBase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("actor resource " + name + " missing from the classpath");
            }
            read(in, name, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(InputStream in, String name, Consumer<String[]> row) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                row.accept(line.split("\t", -1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
            }
        }
    }
}
