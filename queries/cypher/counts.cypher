// How much of the graph held in a window (or on a day): relationships per type (but MENTIONED_IN) that
// held then, and the documents published then (undated ones count everywhere, as undated relations do).
// param as_of: one day; '' to use since/until
// param since: first day of the window; '' for open
// param until: last day of the window; '' for open
WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH ()-[r]->()
WHERE r.type <> 'MENTIONED_IN'
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN r.type AS what, count(*) AS count
UNION ALL
WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
OPTIONAL MATCH (d:Document)
WHERE coalesce(d.published, hi) >= lo AND coalesce(d.published, lo) <= hi
RETURN 'Document' AS what, count(d) AS count
