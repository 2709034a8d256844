// Second-degree partners: the actors a country's partners cooperate with, and through which partner.
// param country_id: id of the country (the entity query finds it by name; helpers take country=NAME)
MATCH (c:Country {id: $country_id})-[:COOPERATES_WITH]-(p)-[:COOPERATES_WITH]-(q)
WHERE q.id <> c.id
RETURN DISTINCT p.name AS partner, q.name AS partner_of_partner, q.label AS label
