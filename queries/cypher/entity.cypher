// Look an entity up by name or alias: its id, label, canonical name, aliases and reference ids.
// With a date or window: only entities with a relationship (other than MENTIONED_IN) that held then,
// and documents published then.
// param name: a name or alias, any case
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, $as_of = '' AND $since = '' AND $until = '' AS always, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (n)
WHERE toLower(n.name) = key OR any(a1 IN n.aliases WHERE toLower(a1) = key)
WITH collect(n.id) AS ids, always, lo, hi
UNWIND ids AS found
MATCH (n {id: found})
WHERE always
   OR (n.label = 'Document' AND n.published >= lo AND n.published <= hi)
   OR EXISTS { MATCH (n)-[r]-() WHERE r.type <> 'MENTIONED_IN' AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo }
RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata
ORDER BY id
