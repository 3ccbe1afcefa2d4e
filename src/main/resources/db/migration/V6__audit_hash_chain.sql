-- NEN 7513: every access-log entry carries the SHA-256 of its content and of the entry before it
-- (chain_seq orders the chain), so a changed or deleted row is found by verifying the chain.
-- on_behalf_of: the responsible user, e.g. the treating therapist when a colleague or the manager looks.
ALTER TABLE audit_entry ADD COLUMN on_behalf_of VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
CREATE UNIQUE INDEX audit_entry_chain_ix ON audit_entry (chain_seq);
CREATE INDEX audit_entry_user_ix ON audit_entry (username);

-- The head of the chain, one row: appending locks it (SELECT ... FOR UPDATE), so two nodes cannot fork
-- the chain. Entries written before this migration are counted, not chained.
CREATE TABLE audit_chain (
    id INT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL,
    legacy_count BIGINT NOT NULL,
    legacy_max_id BIGINT NOT NULL,
    CONSTRAINT audit_chain_one_row CHECK (id = 1)
);
INSERT INTO audit_chain (id, last_seq, last_hash, legacy_count, legacy_max_id)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COUNT(*), COALESCE(MAX(id), 0)
FROM audit_entry;
