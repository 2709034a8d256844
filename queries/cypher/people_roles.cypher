// People and their roles: whom they lead (LEADS) or work for (AFFILIATED_WITH).
// param name: a person, or the body they lead or work for, name or alias, any case; '' for everyone
WITH toLower($name) AS key
MATCH (p:Person)-[r:LEADS|AFFILIATED_WITH]->(x)
WHERE key = '' OR toLower(p.name) = key OR toLower(x.name) = key
   OR any(a IN p.aliases WHERE toLower(a) = key) OR any(a IN x.aliases WHERE toLower(a) = key)
RETURN p.name AS person, r.type AS relation, r.role AS role, x.name AS organisation, x.label AS label
ORDER BY person, relation, organisation
