-- A client has at most one open treatment (REFERRED, INTAKE, TREATMENT or CLOSING). The application checks it
-- before it starts a treatment for a known client; this index makes two such starts at once end in one
-- treatment and a conflict. H2 has no partial index, so a generated column holds the client only while the
-- treatment is open (NULLs do not collide in a unique index). PostgreSQL gets a partial index instead
-- (db/vendor/postgresql). Where an earlier race left two open treatments of one client, this migration stops
-- with a unique-index error: end one of them (transfer or drop-out) and start again.
ALTER TABLE treatment ADD COLUMN open_client_id BIGINT GENERATED ALWAYS AS (
    CASE phase WHEN 'REFERRED' THEN client_id WHEN 'INTAKE' THEN client_id
        WHEN 'TREATMENT' THEN client_id WHEN 'CLOSING' THEN client_id END);
CREATE UNIQUE INDEX treatment_one_open_per_client_ux ON treatment (open_client_id);
