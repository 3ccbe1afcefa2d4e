-- A client has at most one open treatment (REFERRED, INTAKE, TREATMENT or CLOSING). The application checks it
-- before it starts a treatment for a known client; this index makes two such starts at once end in one
-- treatment and a conflict. (H2 has no partial index and uses a generated column: db/vendor/h2.) Where an
-- earlier race left two open treatments of one client, this migration stops with a unique-index error: end
-- one of them (transfer or drop-out) and start again.
CREATE UNIQUE INDEX treatment_one_open_per_client_ux ON treatment (client_id)
    WHERE phase IN ('REFERRED', 'INTAKE', 'TREATMENT', 'CLOSING');
