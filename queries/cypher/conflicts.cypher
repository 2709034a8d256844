// Conflicts: pairs of actors IN_CONFLICT_WITH each other (undirected), optionally around one actor.
// param name: an actor name or alias, any case; '' for every conflict (each pair once)
WITH toLower($name) AS key
MATCH (a)-[r:IN_CONFLICT_WITH]-(b)
WHERE (key = '' AND a.id < b.id)
   OR (key <> '' AND (toLower(a.name) = key OR any(x IN a.aliases WHERE toLower(x) = key)))
RETURN a.name AS side, b.name AS other_side, r.domain AS domain, size(r.evidence) AS evidence
ORDER BY side, other_side
