// Events and the platforms displayed at them (DISPLAYED_AT), with each platform's category.
// param name: an event name or alias, any case; '' for every event
WITH toLower($name) AS key
MATCH (p:Platform)-[r:DISPLAYED_AT]->(e:Event)
WHERE key = '' OR toLower(e.name) = key OR any(a IN e.aliases WHERE toLower(a) = key)
RETURN e.name AS event, p.name AS platform, p.category AS category, size(r.evidence) AS evidence
ORDER BY event, platform
