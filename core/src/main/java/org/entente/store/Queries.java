package org.entente.store;

import org.entente.export.EventRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions an analyst asks of the store, shared by the CLI, the dossier and the web API.
 * Every value from outside reaches SQL as a bound parameter.
 */
public final class Queries {
    private static final String EVENT_COLUMNS = String.join(", ", EventRow.COLUMNS.stream().map(c -> "e." + c).toList());

    private final Store store;

    public Queries(Store store) {
        this.store = store;
    }

    /**
     * Which events to list. Empty sets and null bounds mean "any".
     *
     * @param countries every one of these states takes part (alpha-3)
     * @param actors    at least one of these actor ids takes part
     * @param types     one of these types
     * @param since     on or after this ISO day, month or year
     * @param until     on or before this ISO day, month or year
     * @param text      words that must appear in one of the event's evidence sentences (case-insensitive)
     * @param status    one status ("happened"), or null for all
     * @param limit     at most this many rows, 1 to {@link FilterValues#MAX_LIMIT}
     * @param offset    rows skipped first
     */
    public record EventFilter(Set<String> countries, Set<String> actors, Set<String> types, String since, String until,
                              String text, String status, int limit, int offset) {
        /** @throws IllegalArgumentException for a value no event can have, with the valid ones in the message */
        public EventFilter {
            countries = countries == null ? Set.of() : FilterValues.countries(countries, "countries");
            actors = actors == null ? Set.of() : Set.copyOf(actors);
            types = types == null ? Set.of() : FilterValues.types(types, "types");
            since = FilterValues.date(since, "since");
            until = FilterValues.date(until, "until");
            status = FilterValues.status(status, "status");
            limit = FilterValues.limit(limit, "limit");
            offset = FilterValues.offset(offset, "offset");
        }

        public static EventFilter all() {
            return new EventFilter(Set.of(), Set.of(), Set.of(), null, null, null, null, 10_000, 0);
        }
    }

    /** One report of an event, with the article it is in. */
    public record Source(String articleId, String title, String url, String outlet, String published, int sentence,
                         int start, int end, int triggerStart, int triggerEnd, String text) {
    }

    /** A person taking part, as stored. */
    public record Person(String actorId, String name, String country, String role) {
    }

    /** An event with everything known about it. */
    public record EventDetail(EventRow row, List<Person> participants, List<Source> sources) {
    }

    public record Article(String id, String title, String url, String outlet, String published, String origin,
                          String text, String ingestedAt) {
    }

    public record RoleSpan(String role, String country, String start, String end) {
    }

    /** How often an actor met another, from the events they share. */
    public record Tie(String actorId, String name, String country, int events) {
    }

    public record ActorProfile(String id, String kind, String name, String country, List<RoleSpan> roles,
                               List<EventRow> events, List<Tie> ties) {
    }

    /** A pair of states and how many events link them. */
    public record Relationship(String a, String b, int events, String first, String last) {
    }

    /** Events of one pair in one month and of one type. */
    public record MonthCount(String month, String type, int events) {
    }

    public List<EventRow> events(EventFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events e WHERE 1=1");
        List<Object> args = new ArrayList<>();
        for (String c : f.countries()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?)");
            args.add(c.toUpperCase(java.util.Locale.ROOT));
        }
        if (!f.actors().isEmpty()) {
            sql.append(" AND (e.source_actor_id IN (").append(marks(f.actors().size())).append(") OR e.target_actor_id IN (")
                    .append(marks(f.actors().size())).append(") OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.actor_id IN (")
                    .append(marks(f.actors().size())).append(")))");
            for (int i = 0; i < 3; i++) {
                args.addAll(f.actors());
            }
        }
        if (!f.types().isEmpty()) {
            sql.append(" AND e.type IN (").append(marks(f.types().size())).append(")");
            f.types().forEach(t -> args.add(t.toUpperCase(java.util.Locale.ROOT)));
        }
        if (f.since() != null) {
            sql.append(" AND e.date_to >= ?");
            args.add(low(f.since()));
        }
        if (f.until() != null) {
            sql.append(" AND e.date_from <= ?");
            args.add(high(f.until()));
        }
        if (f.status() != null) {
            sql.append(" AND e.status = ?");
            args.add(f.status());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_sources x WHERE x.event_id = e.event_id AND x.text ILIKE ?)");
            args.add("%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY e.date_from NULLS LAST, e.event_id LIMIT ? OFFSET ?");
        args.add(f.limit());
        args.add(f.offset());
        return store.read(c -> rows(c, sql.toString(), args));
    }

    public Optional<EventDetail> event(String id) {
        return store.read(c -> {
            List<EventRow> rows = rows(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.event_id = ?", List.of(id));
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<Person> people = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, name, country, role FROM event_actors WHERE event_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.add(new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return Optional.of(new EventDetail(rows.get(0), people, sources(c, id)));
        });
    }

    private static List<Source> sources(Connection c, String eventId) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.article_id, a.title, a.url, a.source, a.published, s.sentence, "
                + "s.start, s.\"end\", s.trigger_start, s.trigger_end, s.text FROM event_sources s "
                + "LEFT JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY a.published NULLS LAST, a.seq, s.sentence")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getString(11)));
                }
            }
        }
        return out;
    }

    public Optional<Article> article(String id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, url, source, published, origin, text, "
                    + "CAST(ingested_at AS VARCHAR) FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Article>empty();
                    }
                    return Optional.of(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        });
    }

    /** Articles, newest first. */
    public List<Article> articles(int limit, int offset) {
        return store.read(c -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, url, source, published, origin, NULL, "
                    + "CAST(ingested_at AS VARCHAR) FROM articles ORDER BY published DESC NULLS LAST, seq LIMIT ? OFFSET ?")) {
                ps.setInt(1, Math.min(Math.max(1, limit), 10_000));
                ps.setInt(2, Math.max(0, offset));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), null, rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<ActorProfile> actor(String id) {
        return store.read(c -> {
            String kind;
            String name;
            String country;
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, name, country FROM actors WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ActorProfile>empty();
                    }
                    kind = rs.getString(1);
                    name = rs.getString(2);
                    country = rs.getString(3);
                }
            }
            List<RoleSpan> roles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT role, country, CAST(\"start\" AS VARCHAR), CAST(\"end\" AS VARCHAR) "
                    + "FROM actor_roles WHERE actor_id = ? ORDER BY \"start\" NULLS FIRST")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        roles.add(new RoleSpan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            List<EventRow> events = rows(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.source_actor_id = ? OR e.target_actor_id = ? "
                    + "OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.actor_id = ?) "
                    + "ORDER BY e.date_from NULLS LAST, e.event_id LIMIT 1000", List.of(id, id, id));
            List<Tie> ties = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.actor_id, any_value(o.name), any_value(o.country), count(DISTINCT o.event_id) n "
                    + "FROM event_actors me JOIN event_actors o ON o.event_id = me.event_id AND o.actor_id IS DISTINCT FROM me.actor_id "
                    + "WHERE me.actor_id = ? AND o.actor_id IS NOT NULL GROUP BY o.actor_id ORDER BY n DESC, o.actor_id LIMIT 50")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ties.add(new Tie(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return Optional.of(new ActorProfile(id, kind, name, country, roles, events, ties));
        });
    }

    /** Actors whose name contains the text, for lookups by name. */
    public List<Map<String, String>> findActors(String namePart, int limit) {
        return store.read(c -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, country FROM actors WHERE name ILIKE ? ORDER BY name LIMIT ?")) {
                ps.setString(1, "%" + namePart.replace("%", "\\%").replace("_", "\\_") + "%");
                ps.setInt(2, Math.min(Math.max(1, limit), 1000));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> m = new LinkedHashMap<>();
                        m.put("id", rs.getString(1));
                        m.put("kind", rs.getString(2));
                        m.put("name", rs.getString(3));
                        m.put("country", rs.getString(4));
                        out.add(m);
                    }
                }
            }
            return out;
        });
    }

    /** Pairs of states linked by events, most events first. */
    public List<Relationship> relationships(int limit) {
        return store.read(c -> {
            List<Relationship> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.country, b.country, count(*) n, min(e.date_from), max(e.date_to) "
                    + "FROM event_countries a JOIN event_countries b ON a.event_id = b.event_id AND a.country < b.country "
                    + "JOIN events e ON e.event_id = a.event_id GROUP BY a.country, b.country ORDER BY n DESC, 1, 2 LIMIT ?")) {
                ps.setInt(1, Math.min(Math.max(1, limit), 10_000));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Relationship(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * A pair of states and the events only the two of them take part in, outside any forum.
     *
     * @param happened events that took place
     * @param upcoming events planned or announced
     * @param first    the earliest day of those that took place, or null
     * @param lastId   the event that took place last (by its latest possible day), or null
     */
    public record Pair(String a, String b, int happened, int upcoming, String first, String lastId) {
    }

    /** Events of exactly two states and no forum: what makes a relationship, not a summit's seating plan. */
    private static final String BILATERAL = "(e.key IS NULL OR e.key NOT LIKE 'forum:%') "
            + "AND (SELECT count(DISTINCT n.country) FROM event_countries n WHERE n.event_id = e.event_id) = 2";

    /** Events of more than two states, or convened by a forum. */
    private static final String MULTILATERAL = "(e.key LIKE 'forum:%' "
            + "OR (SELECT count(DISTINCT n.country) FROM event_countries n WHERE n.event_id = e.event_id) > 2)";

    /**
     * Bilateral pairs, those where something took place most recently first. The last event is
     * a contact (a meeting, visit, call or signature) when there is one: a statement is dated by
     * what it speaks of ("2025, the year of Chinese tourism"), not by when it was made.
     */
    public List<Pair> bilateralPairs(int limit) {
        List<String> statements = java.util.Arrays.stream(org.entente.events.EventType.values())
                .filter(org.entente.events.EventType::isStatement).map(Enum::name).toList();
        String contact = "bi.status = 'happened' AND bi.date_to IS NOT NULL AND bi.type NOT IN (" + marks(statements.size()) + ")";
        return store.read(c -> {
            List<Pair> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH bi AS (SELECT e.event_id, e.type, e.status, e.date_from, e.date_to FROM events e WHERE "
                    + BILATERAL + ") SELECT a.country, b.country, count(*) FILTER (WHERE bi.status = 'happened'), "
                    + "count(*) FILTER (WHERE bi.status <> 'happened'), min(bi.date_from) FILTER (WHERE bi.status = 'happened'), "
                    + "coalesce(arg_max(bi.event_id, bi.date_to) FILTER (WHERE " + contact + "), "
                    + "arg_max(bi.event_id, bi.date_to) FILTER (WHERE bi.status = 'happened' AND bi.date_to IS NOT NULL)) last_id, "
                    + "coalesce(max(bi.date_to) FILTER (WHERE " + contact + "), max(bi.date_to) FILTER (WHERE bi.status = 'happened')) last_day "
                    + "FROM bi JOIN (SELECT DISTINCT event_id, country FROM event_countries) a ON a.event_id = bi.event_id "
                    + "JOIN (SELECT DISTINCT event_id, country FROM event_countries) b ON b.event_id = bi.event_id AND a.country < b.country "
                    + "GROUP BY a.country, b.country ORDER BY last_day DESC NULLS LAST, 3 DESC, 1, 2 LIMIT ?")) {
                int i = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (String t : statements) {
                        ps.setString(i++, t);
                    }
                }
                ps.setInt(i, Math.min(Math.max(1, limit), 10_000));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Pair(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** A multilateral event and the forum that convened it (an organisation id or word), or null when none is named. */
    public record Meeting(EventRow event, String forum) {
    }

    /**
     * Multilateral events, in date order: all of them, or those a state took part in.
     *
     * @param country alpha-3, or null for every state
     */
    public List<Meeting> multilateral(String country) {
        return store.read(c -> {
            String sql = "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + MULTILATERAL
                    + (country == null ? "" : " AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?)")
                    + " ORDER BY e.date_from NULLS LAST, e.event_id LIMIT 10000";
            List<Object> args = country == null ? List.of() : List.of(country);
            List<EventRow> rows = rows(c, sql, args);
            Map<String, String> keys = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.event_id, e.key FROM events e WHERE " + MULTILATERAL
                    + (country == null ? "" : " AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?)"))) {
                if (country != null) {
                    ps.setString(1, country);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            List<Meeting> out = new ArrayList<>();
            for (EventRow r : rows) {
                String key = keys.get(r.eventId());
                out.add(new Meeting(r, key != null && key.startsWith("forum:") ? key.substring("forum:".length()) : null));
            }
            return out;
        });
    }

    /** Whether each event is multilateral (more than two states, or a forum's), by event id. */
    public Set<String> multilateralIds(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return store.read(c -> {
            Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.event_id FROM events e WHERE " + MULTILATERAL
                    + " AND e.event_id IN (" + marks(eventIds.size()) + ")")) {
                for (int i = 0; i < eventIds.size(); i++) {
                    ps.setString(i + 1, eventIds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Events by id, in date order; unknown ids are left out. */
    public List<EventRow> eventsByIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> list = List.copyOf(ids);
        return store.read(c -> rows(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.event_id IN (" + marks(list.size())
                + ") ORDER BY e.date_from NULLS LAST, e.event_id", list));
    }

    /** Events of a pair by month and type; undated events are left out. */
    public List<MonthCount> timeline(String a, String b) {
        return store.read(c -> {
            List<MonthCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT substr(e.date_from, 1, 7) m, e.type, count(*) FROM events e "
                    + "WHERE e.date_from IS NOT NULL AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?) "
                    + "AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?) "
                    + "GROUP BY m, e.type ORDER BY m, e.type")) {
                ps.setString(1, a);
                ps.setString(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MonthCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The keys of the events two states both take part in, by event id, for those that have one:
     * for multilateral meetings the forum, for statements what tells them apart.
     */
    public Map<String, String> eventKeys(String a, String b) {
        return store.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.event_id, e.key FROM events e WHERE e.key IS NOT NULL "
                    + "AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?) "
                    + "AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.event_id AND x.country = ?) "
                    + "ORDER BY e.date_from NULLS LAST, e.event_id")) {
                ps.setString(1, a);
                ps.setString(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** The sources of many events at once, for the dossier. */
    public Map<String, List<Source>> sources(List<String> eventIds) {
        return store.read(c -> {
            Map<String, List<Source>> out = new LinkedHashMap<>();
            for (String id : eventIds) {
                out.put(id, sources(c, id));
            }
            return out;
        });
    }

    /** Where an article states one of the stored events: the evidence to highlight in its text. */
    public record Evidence(String eventId, String type, int sentence, int start, int end, int triggerStart, int triggerEnd) {
    }

    /** The stored events an article reports, in text order. */
    public List<Evidence> evidence(String articleId) {
        return store.read(c -> {
            List<Evidence> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.event_id, e.type, s.sentence, s.start, s.\"end\", "
                    + "s.trigger_start, s.trigger_end FROM event_sources s JOIN events e ON e.event_id = s.event_id "
                    + "WHERE s.article_id = ? ORDER BY s.start, s.trigger_start, s.event_id")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Evidence(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getInt(7)));
                    }
                }
            }
            return out;
        });
    }

    /** Every merged event, in full, in date order: for lossless exports (JSON lines in the scorer's format). */
    public void forEachEvent(java.util.function.Consumer<org.entente.events.Event> sink) {
        EventCodec codec = new EventCodec();
        store.read(c -> {
            try (java.sql.Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT event FROM events ORDER BY date_from NULLS LAST, event_id")) {
                while (rs.next()) {
                    sink.accept(codec.read(rs.getString(1)));
                }
            }
            return null;
        });
    }

    /**
     * Writes the events in the export schema ({@link EventRow#COLUMNS}) to a CSV or Parquet file,
     * with DuckDB's own writers. Returns the number of rows.
     */
    public long copyEvents(java.nio.file.Path file, String format) {
        String fmt = switch (format) {
            case "csv" -> "FORMAT CSV, HEADER";
            case "parquet" -> "FORMAT PARQUET, COMPRESSION ZSTD";
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
        // COPY takes no bound parameter for its file: the path is quoted as an SQL string literal.
        String target = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        return store.read(c -> {
            String columns = "csv".equals(format) ? String.join(", ", csvColumns(c)) : String.join(", ", EventRow.COLUMNS);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("COPY (SELECT " + columns + " FROM events ORDER BY date_from NULLS LAST, event_id) TO " + target + " (" + fmt + ")");
            }
            try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The export's columns for CSV, each text column neutralised ({@link org.entente.export.SpreadsheetCells}). */
    private static List<String> csvColumns(Connection c) throws SQLException {
        Map<String, String> types = new java.util.HashMap<>();
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'events' AND database_name = current_database()")) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> out = new ArrayList<>();
        for (String col : EventRow.COLUMNS) {
            out.add("VARCHAR".equals(types.get(col)) ? org.entente.export.SpreadsheetCells.sql(col) + " AS " + col : col);
        }
        return out;
    }

    private static List<EventRow> rows(Connection c, String sql, List<?> args) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                            rs.getDouble(17), rs.getString(18), rs.getString(19), rs.getDouble(20), rs.getInt(21), rs.getInt(22),
                            rs.getString(23), rs.getString(24), rs.getString(25)));
                }
            }
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String low(String d) {
        return d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
    }

    private static String high(String d) {
        return d.length() == 4 ? d + "-12-31" : d.length() == 7 ? d + "-31" : d;
    }
}
