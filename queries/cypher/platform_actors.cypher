// Who operates a platform and who makes it (OPERATES with its stage, MANUFACTURES with its role).
// param name: the platform's name or an alias, any case (e.g. Buk)
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (x)-[r:OPERATES|MANUFACTURES]->(p:Platform)
WHERE (toLower(p.name) = key OR any(a1 IN p.aliases WHERE toLower(a1) = key))
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN p.name AS platform, r.type AS relation, x.name AS actor, x.label AS label,
       coalesce(r.stage, r.role) AS detail, r.provenance AS provenance
ORDER BY relation, actor
