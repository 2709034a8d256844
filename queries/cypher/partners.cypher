// Partners of a country: the actors it cooperates with (COOPERATES_WITH), optionally in one domain.
// param name: the country's name or an alias, any case (e.g. Kazakhstan)
// param domain: defense, defense_industry, security, political or economic; '' for every domain
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH toLower($name) AS key, $domain AS domain, date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (c:Country)-[r:COOPERATES_WITH]-(p)
WHERE (toLower(c.name) = key OR any(a1 IN c.aliases WHERE toLower(a1) = key))
  AND (domain = '' OR r.domain = domain)
  AND coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo
RETURN c.name AS country, p.name AS partner, p.label AS label, r.domain AS domain,
       size(r.evidence) AS evidence
ORDER BY partner, domain
