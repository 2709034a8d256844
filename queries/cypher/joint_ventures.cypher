// Joint ventures and their parents (JOINT_VENTURE_OF).
// param name: a venture or parent name or alias, any case; '' for every joint venture
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (j:Company)-[r:JOINT_VENTURE_OF]->(p)
WHERE (key = '' OR toLower(j.name) = key OR toLower(p.name) = key
       OR any(a1 IN j.aliases WHERE toLower(a1) = key) OR any(a2 IN p.aliases WHERE toLower(a2) = key))
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN j.name AS venture, p.name AS parent, p.label AS parent_label, size(r.evidence) AS evidence
ORDER BY venture, parent
