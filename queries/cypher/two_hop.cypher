// What lies two hops from an entity: each entity reached, the one in between and the relationship
// types on the way (documents left out).
// param entity_id: id of the entity (the entity query finds it by name; helpers take entity=NAME)
MATCH (a {id: $entity_id})-[r1]-(m)-[r2]-(b)
WHERE m.label <> 'Document' AND b.label <> 'Document' AND b.id <> a.id
RETURN DISTINCT m.name AS via, r1.type AS first, r2.type AS second, b.name AS reached, b.label AS label
