-- Entente store, version 1. Documented in store/SCHEMA.md. Applied once, in one transaction.
-- Ids are kept unique by the writer, not by UNIQUE/PRIMARY KEY constraints: DuckDB checks those
-- eagerly, so deleting a row and inserting its new version in one transaction would fail.

-- One row per article version kept. Sentences are stored as offset arrays (one row per article
-- instead of thirty keeps ingest fast and the file small); the sentences view unfolds them.
CREATE TABLE articles (
    seq          BIGINT NOT NULL,  -- order of arrival: the order reports are merged in
    id           VARCHAR NOT NULL,
    hash         VARCHAR NOT NULL,
    origin       VARCHAR,
    source       VARCHAR,
    url          VARCHAR,
    title        VARCHAR,
    published    VARCHAR,
    published_by VARCHAR,
    ingested_at  TIMESTAMP NOT NULL,
    text         VARCHAR NOT NULL,
    sentence_starts INTEGER[] NOT NULL,  -- offsets in UTF-16 units, as everywhere in Entente
    sentence_ends   INTEGER[] NOT NULL,
    sentence_cp_starts INTEGER[] NOT NULL,  -- the same in code points, which DuckDB's substring counts
    sentence_cp_ends   INTEGER[] NOT NULL
);

CREATE VIEW sentences AS
SELECT article_id, idx, "start", "end", substring(text, cp_start + 1, cp_end - cp_start) AS text
FROM (
    SELECT id AS article_id, text,
           generate_subscripts(sentence_starts, 1) - 1 AS idx,
           unnest(sentence_starts) AS "start",
           unnest(sentence_ends) AS "end",
           unnest(sentence_cp_starts) AS cp_start,
           unnest(sentence_cp_ends) AS cp_end
    FROM articles
);

-- Mentions of actors, for the articles that reached the actor linker (those with a trigger).
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    surface    VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    country    VARCHAR,
    actor_id   VARCHAR,
    role       VARCHAR
);

-- Actors referred to by stored mentions and events, with their offices over time.
CREATE TABLE actors (
    id      VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    name    VARCHAR NOT NULL,
    country VARCHAR
);
CREATE TABLE actor_roles (
    actor_id VARCHAR NOT NULL,
    role     VARCHAR NOT NULL,
    country  VARCHAR,
    "start"  DATE,
    "end"    DATE,
    source   VARCHAR
);

-- Each article's own events (reports of one event within it already folded): the input of
-- cross-article merging, kept so that merging can be redone when an article changes.
CREATE TABLE reports (
    article_id VARCHAR NOT NULL,
    ord        INTEGER NOT NULL,
    block      VARCHAR NOT NULL,
    event      VARCHAR NOT NULL  -- the Event as JSON
);

-- Events after merging across articles, one row per real-world event, in the export schema
-- (export/columns.md) plus what the queries need.
CREATE TABLE events (
    event_id         VARCHAR NOT NULL,
    block            VARCHAR NOT NULL,
    date             VARCHAR,
    date_source      VARCHAR,
    type             VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,
    source_actor     VARCHAR,
    source_actor_id  VARCHAR,
    source_country   VARCHAR,
    target_actor     VARCHAR,
    target_actor_id  VARCHAR,
    target_country   VARCHAR,
    countries        VARCHAR,
    participants     VARCHAR,
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    cameo            VARCHAR,
    goldstein        DOUBLE,
    place            VARCHAR,
    what             VARCHAR,
    confidence       DOUBLE,
    n_sources        INTEGER,
    n_articles       INTEGER,
    first_reported   VARCHAR,
    last_reported    VARCHAR,
    first_source_url VARCHAR,
    key              VARCHAR,
    date_from        VARCHAR,  -- first day the date can mean (ISO), for range queries
    date_to          VARCHAR,  -- last day (month ends are written -31)
    event            VARCHAR NOT NULL  -- the merged Event as JSON, for lossless exports
);
CREATE TABLE event_countries (
    event_id VARCHAR NOT NULL,
    country  VARCHAR NOT NULL
);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL,
    actor_id VARCHAR,
    name     VARCHAR NOT NULL,
    country  VARCHAR,
    role     VARCHAR
);
-- Every report of an event: which article, which sentence, where the evidence is.
CREATE TABLE event_sources (
    event_id      VARCHAR NOT NULL,
    article_id    VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    "start"       INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    text          VARCHAR NOT NULL
);

-- Commitments: the COMMIT events, one record per commitment with every source.
CREATE VIEW commitments AS
SELECT event_id, coalesce(key, what) AS description, what, countries AS parties,
       source_country AS committed_by, date AS announced, status,
       first_reported, last_reported, n_sources, n_articles
FROM events WHERE type = 'COMMIT';
