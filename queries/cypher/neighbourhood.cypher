// The neighbourhood of an entity: every relationship it has (but MENTIONED_IN) and the entity at the
// other end, with the direction seen from the entity.
// param name: the entity's name or an alias, any case
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)-[r]->(b)
WHERE (toLower(a.name) = key OR any(x1 IN a.aliases WHERE toLower(x1) = key)) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN a.name AS entity, 'out' AS direction, r.type AS relation, b.name AS neighbour, b.label AS label
UNION ALL
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)<-[r]-(b)
WHERE (toLower(a.name) = key OR any(x2 IN a.aliases WHERE toLower(x2) = key)) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN a.name AS entity, 'in' AS direction, r.type AS relation, b.name AS neighbour, b.label AS label
