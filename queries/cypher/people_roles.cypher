// People and their roles: whom they lead (LEADS) or work for (AFFILIATED_WITH).
// param name: a person, or the body they lead or work for, name or alias, any case; '' for everyone
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (p:Person)-[r:LEADS|AFFILIATED_WITH]->(x)
WHERE (key = '' OR toLower(p.name) = key OR toLower(x.name) = key
       OR any(a1 IN p.aliases WHERE toLower(a1) = key) OR any(a2 IN x.aliases WHERE toLower(a2) = key))
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN p.name AS person, r.type AS relation, r.role AS role, x.name AS organisation, x.label AS label
ORDER BY person, relation, organisation
