// Conflicts: pairs of actors IN_CONFLICT_WITH each other (undirected), optionally around one actor.
// param name: an actor name or alias, any case; '' for every conflict (each pair once)
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)-[r:IN_CONFLICT_WITH]-(b)
WHERE ((key = '' AND a.id < b.id)
   OR (key <> '' AND (toLower(a.name) = key OR any(x1 IN a.aliases WHERE toLower(x1) = key))))
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN a.name AS side, b.name AS other_side, r.domain AS domain, size(r.evidence) AS evidence
ORDER BY side, other_side
