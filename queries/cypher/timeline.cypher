// The timeline of an entity: its relationships (but MENTIONED_IN) in date order, each with the day it
// began (valid_from, else first reported), the days it held and was reported, its stage, role or
// status, and its evidence (JSON strings with the document, sentence, offsets, reported and when).
// param name: the entity's name or an alias, any case
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)-[r]->(b)
WHERE (toLower(a.name) = key OR any(x1 IN a.aliases WHERE toLower(x1) = key)) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN coalesce(r.valid_from, r.first_reported) AS date, a.name AS entity, 'out' AS direction,
       r.type AS relation, b.name AS other, b.label AS label, coalesce(r.stage, r.role, r.domain) AS detail,
       r.valid_from AS valid_from, r.valid_to AS valid_to, r.first_reported AS first_reported,
       r.last_reported AS last_reported, r.evidence AS evidence
UNION ALL
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a)<-[r]-(b)
WHERE (toLower(a.name) = key OR any(x2 IN a.aliases WHERE toLower(x2) = key)) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN coalesce(r.valid_from, r.first_reported) AS date, a.name AS entity, 'in' AS direction,
       r.type AS relation, b.name AS other, b.label AS label, coalesce(r.stage, r.role, r.domain) AS detail,
       r.valid_from AS valid_from, r.valid_to AS valid_to, r.first_reported AS first_reported,
       r.last_reported AS last_reported, r.evidence AS evidence
