// Shortest paths (up to 4 hops, any direction, any relationship) between two entities: every path of
// the smallest length, as its list of nodes (none from an entity to itself). Paths through documents
// (MENTIONED_IN) do not count; with a date or window, only relationships that held then.
// The helpers and `geopol query` also take source=NAME and target=NAME and look the ids up.
// param source_id: id of the first entity (the entity query finds it by name)
// param target_id: id of the second entity
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH p = (a {id: $source_id})-[*1..4]-(b {id: $target_id})
WHERE a.id <> b.id AND none(n1 IN nodes(p) WHERE n1.label = 'Document')
  AND all(r2 IN relationships(p) WHERE coalesce(r2.valid_from, r2.first_reported, lo) <= hi AND coalesce(r2.valid_to, hi) >= lo)
WITH lo, hi, min(length(p)) AS best
MATCH p = (a {id: $source_id})-[*1..4]-(b {id: $target_id})
WHERE none(n3 IN nodes(p) WHERE n3.label = 'Document') AND length(p) = best
  AND all(r4 IN relationships(p) WHERE coalesce(r4.valid_from, r4.first_reported, lo) <= hi AND coalesce(r4.valid_to, hi) >= lo)
RETURN DISTINCT nodes(p) AS path, best AS hops
