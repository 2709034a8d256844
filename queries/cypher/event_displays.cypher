// Events and the platforms displayed at them (DISPLAYED_AT), with each platform's category.
// param name: an event name or alias, any case; '' for every event
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (p:Platform)-[r:DISPLAYED_AT]->(e:Event)
WHERE (key = '' OR toLower(e.name) = key OR any(a1 IN e.aliases WHERE toLower(a1) = key))
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN e.name AS event, p.name AS platform, p.category AS category, size(r.evidence) AS evidence
ORDER BY event, platform
