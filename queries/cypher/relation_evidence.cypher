// The evidence behind the relations between two entities (either direction), optionally of one type:
// each evidence item (a JSON string with the document id, sentence and character offsets) per relation.
// param source: name or alias of one entity, any case
// param target: name or alias of the other entity, any case
// param type: a relationship type such as COOPERATES_WITH; '' for every type
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($source) AS skey, toLower($target) AS tkey, $type AS rtype, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
// each end found by its own MATCH: ladybug 0.22 gets list predicates over different keys wrong when
// they meet in one expression or one row of a full scan
MATCH (s)
WHERE toLower(s.name) = skey OR any(x1 IN s.aliases WHERE toLower(x1) = skey)
WITH s, tkey, rtype, lo, hi
MATCH (t)
WHERE toLower(t.name) = tkey OR any(x2 IN t.aliases WHERE toLower(x2) = tkey)
WITH s, t, rtype, lo, hi
MATCH (s)-[r]->(t)
WHERE (rtype = '' OR r.type = rtype) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN s.name AS source, r.type AS relation, t.name AS target, r.confidence AS confidence,
       r.provenance AS provenance, r.evidence AS evidence
UNION ALL
WITH toLower($source) AS skey, toLower($target) AS tkey, $type AS rtype, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (s)
WHERE toLower(s.name) = skey OR any(x3 IN s.aliases WHERE toLower(x3) = skey)
WITH s, tkey, rtype, lo, hi
MATCH (t)
WHERE toLower(t.name) = tkey OR any(x4 IN t.aliases WHERE toLower(x4) = tkey)
WITH s, t, rtype, lo, hi
MATCH (s)<-[r]-(t)
WHERE (rtype = '' OR r.type = rtype) AND r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN t.name AS source, r.type AS relation, s.name AS target, r.confidence AS confidence,
       r.provenance AS provenance, r.evidence AS evidence
