-- At most one undecided destruction request per client, also when two managers record one at the same moment:
-- open_client_id is the client while the request is open and NULL once decided (NULLs never collide, on H2 and
-- PostgreSQL alike). Of earlier duplicate open requests only the newest counts as the open one.
ALTER TABLE destruction_request ADD COLUMN open_client_id BIGINT;
UPDATE destruction_request SET open_client_id = client_id
WHERE decision IS NULL
  AND id IN (SELECT MAX(id) FROM destruction_request WHERE decision IS NULL GROUP BY practice_id, client_id);
ALTER TABLE destruction_request ADD CONSTRAINT destruction_request_open_uk UNIQUE (practice_id, open_client_id);
