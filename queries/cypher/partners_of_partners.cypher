// Second-degree partners: the actors a country's partners cooperate with, and through which partner.
// param country_id: id of the country (the entity query finds it by name; helpers take country=NAME)
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (c:Country {id: $country_id})-[r1:COOPERATES_WITH]-(p)-[r2:COOPERATES_WITH]-(q)
WHERE q.id <> c.id AND coalesce(r1.valid_from, r1.first_reported, lo) <= hi AND coalesce(r1.valid_to, hi) >= lo AND coalesce(r2.valid_from, r2.first_reported, lo) <= hi AND coalesce(r2.valid_to, hi) >= lo
RETURN DISTINCT p.name AS partner, q.name AS partner_of_partner, q.label AS label
