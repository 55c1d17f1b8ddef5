-- Entente store, version 2: the measures view, for SANCTION events as commitments has COMMIT.

-- Measures: sanctions or an embargo imposed, trade or flights suspended, diplomats expelled, an
-- ambassador recalled, a treaty left, a state excluded from a forum; one record per measure with
-- every source. kind comes from the key prefixes of events/SanctionKinds.java (the prefixes the
-- CAMEO code is chosen by, events/standards.tsv): economic (163), diplomatic (161), other (160).
CREATE VIEW measures AS
SELECT event_id,
       CASE WHEN starts_with(key, 'sanction:economic') THEN 'economic'
            WHEN starts_with(key, 'sanction:diplomatic') THEN 'diplomatic'
            ELSE 'other' END AS kind,
       coalesce(what, key) AS description, what, countries AS parties,
       source_country AS imposed_by, target_country AS imposed_on, date, status,
       cameo, goldstein, first_reported, last_reported, n_sources, n_articles
FROM events WHERE type = 'SANCTION';
