// Supply chains: a supplier SUPPLIES a recipient that OPERATES a platform the supplier makes
// (directly, or through a company BASED_IN the supplier country).
// param name: a supplier, recipient or platform name or alias, any case; '' for every chain
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (s)-[sr:SUPPLIES]->(o)-[op:OPERATES]->(p:Platform)
WHERE (EXISTS { MATCH (s)-[m:MANUFACTURES]->(p) WHERE coalesce(m.valid_from, m.first_reported, lo) <= hi AND coalesce(m.valid_to, hi) >= lo }
       OR EXISTS { MATCH (s)<-[b:BASED_IN]-(:Company)-[m:MANUFACTURES]->(p) WHERE coalesce(b.valid_from, b.first_reported, lo) <= hi AND coalesce(b.valid_to, hi) >= lo AND coalesce(m.valid_from, m.first_reported, lo) <= hi AND coalesce(m.valid_to, hi) >= lo })
  AND (key = '' OR toLower(s.name) = key OR toLower(o.name) = key OR toLower(p.name) = key
       OR any(a1 IN s.aliases WHERE toLower(a1) = key) OR any(a2 IN o.aliases WHERE toLower(a2) = key)
       OR any(a3 IN p.aliases WHERE toLower(a3) = key))
  AND coalesce(sr.valid_from, sr.first_reported, lo) <= hi AND coalesce(sr.valid_to, hi) >= lo AND coalesce(op.valid_from, op.first_reported, lo) <= hi AND coalesce(op.valid_to, hi) >= lo
RETURN s.name AS supplier, p.name AS platform, o.name AS operator, op.stage AS stage
ORDER BY supplier, platform, operator
