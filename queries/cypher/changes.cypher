// What changed in a window: relationships (but MENTIONED_IN) that appeared in it (began: valid_from,
// else first reported) or ended in it (valid_to), optionally around one entity; dated facts only.
// param name: an entity name or alias, any case, at either end; '' for every change
// param as_of: one day: what appeared or ended on it; '' to use since/until
// param since: first day of the window; '' for open
// param until: last day of the window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)-[r]->(b)
WHERE r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported) >= lo AND coalesce(r.valid_from, r.first_reported) <= hi
  AND (key = '' OR toLower(a.name) = key OR toLower(b.name) = key
       OR any(x1 IN a.aliases WHERE toLower(x1) = key) OR any(x2 IN b.aliases WHERE toLower(x2) = key))
RETURN coalesce(r.valid_from, r.first_reported) AS date, 'appeared' AS change, a.name AS source,
       r.type AS relation, b.name AS target, coalesce(r.stage, r.role, r.domain) AS detail,
       size(r.evidence) AS evidence
UNION ALL
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)-[r]->(b)
WHERE r.type <> 'MENTIONED_IN' AND r.valid_to >= lo AND r.valid_to <= hi
  AND (key = '' OR toLower(a.name) = key OR toLower(b.name) = key
       OR any(x3 IN a.aliases WHERE toLower(x3) = key) OR any(x4 IN b.aliases WHERE toLower(x4) = key))
RETURN r.valid_to AS date, 'ended' AS change, a.name AS source,
       r.type AS relation, b.name AS target, coalesce(r.stage, r.role, r.domain) AS detail,
       size(r.evidence) AS evidence
