-- Every access-log entry belongs to a practice; readers see only their own practice's entries.
-- Existing entries: the practice of the treatment, else of the user, else the only practice there is.
-- (The same migration for PostgreSQL, where the append-only trigger is held off for the fill, is in
-- db/vendor/postgresql.) The head row gets the switch-over point to the keyed chain (HMAC-SHA256 with a key
-- outside the database) and its signature; the application sets both at the first entry after the upgrade.
ALTER TABLE audit_entry ADD COLUMN practice_id BIGINT;
CREATE INDEX audit_entry_practice_ix ON audit_entry (practice_id, at);

UPDATE audit_entry SET practice_id = (SELECT t.practice_id FROM treatment t WHERE t.id = audit_entry.treatment_id)
WHERE treatment_id IS NOT NULL;
UPDATE audit_entry SET practice_id = (SELECT u.practice_id FROM user_account u WHERE u.username = audit_entry.username)
WHERE practice_id IS NULL;
UPDATE audit_entry SET practice_id = (SELECT MIN(p.id) FROM practice p)
WHERE practice_id IS NULL AND (SELECT COUNT(*) FROM practice) = 1;

ALTER TABLE audit_chain ADD COLUMN keyed_from BIGINT;
ALTER TABLE audit_chain ADD COLUMN keyed_from_mac CHAR(64);
