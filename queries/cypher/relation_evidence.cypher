// The evidence behind the relations between two entities (either direction), optionally of one type:
// each evidence item (a JSON string with the document id, sentence and character offsets) per relation.
// param source: name or alias of one entity, any case
// param target: name or alias of the other entity, any case
// param type: a relationship type such as COOPERATES_WITH; '' for every type
WITH toLower($source) AS skey, toLower($target) AS tkey, $type AS rtype
MATCH (a)-[r]->(b)
WHERE ((toLower(a.name) = skey OR any(x IN a.aliases WHERE toLower(x) = skey))
       AND (toLower(b.name) = tkey OR any(x IN b.aliases WHERE toLower(x) = tkey))
    OR (toLower(a.name) = tkey OR any(x IN a.aliases WHERE toLower(x) = tkey))
       AND (toLower(b.name) = skey OR any(x IN b.aliases WHERE toLower(x) = skey)))
  AND (rtype = '' OR r.type = rtype) AND r.type <> 'MENTIONED_IN'
RETURN a.name AS source, r.type AS relation, b.name AS target, r.confidence AS confidence,
       r.provenance AS provenance, r.evidence AS evidence
ORDER BY relation, source
