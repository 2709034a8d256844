// Partners of a country: the actors it cooperates with (COOPERATES_WITH), optionally in one domain.
// param name: the country's name or an alias, any case (e.g. Kazakhstan)
// param domain: defense, defense_industry, security, political or economic; '' for every domain
WITH toLower($name) AS key, $domain AS domain
MATCH (c:Country)-[r:COOPERATES_WITH]-(p)
WHERE (toLower(c.name) = key OR any(a IN c.aliases WHERE toLower(a) = key))
  AND (domain = '' OR r.domain = domain)
RETURN c.name AS country, p.name AS partner, p.label AS label, r.domain AS domain,
       size(r.evidence) AS evidence
ORDER BY partner, domain
