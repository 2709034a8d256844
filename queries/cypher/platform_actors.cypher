// Who operates a platform and who makes it (OPERATES with its stage, MANUFACTURES with its role).
// param name: the platform's name or an alias, any case (e.g. Buk)
WITH toLower($name) AS key
MATCH (x)-[r:OPERATES|MANUFACTURES]->(p:Platform)
WHERE toLower(p.name) = key OR any(a IN p.aliases WHERE toLower(a) = key)
RETURN p.name AS platform, r.type AS relation, x.name AS actor, x.label AS label,
       coalesce(r.stage, r.role) AS detail, r.provenance AS provenance
ORDER BY relation, actor
