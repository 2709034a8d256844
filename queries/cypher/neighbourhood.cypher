// The neighbourhood of an entity: every relationship it has (but MENTIONED_IN) and the entity at the
// other end, with the direction seen from the entity.
// param name: the entity's name or an alias, any case
WITH toLower($name) AS key
MATCH (a)-[r]->(b)
WHERE (toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key)) AND r.type <> 'MENTIONED_IN'
RETURN a.name AS entity, 'out' AS direction, r.type AS relation, b.name AS neighbour, b.label AS label
UNION ALL
WITH toLower($name) AS key
MATCH (a)<-[r]-(b)
WHERE (toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key)) AND r.type <> 'MENTIONED_IN'
RETURN a.name AS entity, 'in' AS direction, r.type AS relation, b.name AS neighbour, b.label AS label
