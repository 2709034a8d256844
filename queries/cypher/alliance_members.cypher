// Members of an alliance or organisation (MEMBER_OF), from text or from the reference data.
// param name: the alliance's name or an alias, any case (e.g. CSTO)
WITH toLower($name) AS key
MATCH (m)-[r:MEMBER_OF]->(a)
WHERE toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key)
RETURN a.name AS alliance, m.name AS member, m.label AS label, r.provenance AS provenance
ORDER BY member
