// Look an entity up by name or alias: its id, label, canonical name, aliases and reference ids.
// param name: a name or alias, any case
WITH toLower($name) AS key
MATCH (n)
WHERE toLower(n.name) = key OR any(a IN n.aliases WHERE toLower(a) = key)
RETURN n.id AS id, n.label AS label, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata
ORDER BY id
