-- The stored signal state also carries what a caseload row of today shows, so the caseload API serves its rows
-- from it without running the signal engine: every signal (acknowledged or not) with its severity, fingerprint and
-- message arguments as JSON, n, E and the halfway session as of the day, and the reliable-change outcome of the
-- primary instrument (first to latest total). And it is stamped with the generation of the treatment and of
-- its practice it was computed from. Every audited change of a treatment raises the treatment's generation, a
-- change of the policy or of the expected courses the practice's, in the change's own transaction; a state whose
-- stamp differs from the current generations is stale. So a state computed while a change was under way (it read
-- the records of just before the change) is never taken as current (docs/signals.md, "Caseload in the database").
-- The state is derived data: the rows of before are deleted and computed again before the next caseload is read.
DELETE FROM treatment_signal_state;
ALTER TABLE treatment_signal_state ADD COLUMN signals VARCHAR(20000) NOT NULL;
ALTER TABLE treatment_signal_state ADD COLUMN attended_sessions INTEGER NOT NULL;
ALTER TABLE treatment_signal_state ADD COLUMN expected_sessions INTEGER;
ALTER TABLE treatment_signal_state ADD COLUMN halfway_session INTEGER;
ALTER TABLE treatment_signal_state ADD COLUMN outcome VARCHAR(40);
ALTER TABLE treatment_signal_state ADD COLUMN treatment_generation BIGINT NOT NULL;
ALTER TABLE treatment_signal_state ADD COLUMN practice_generation BIGINT NOT NULL;

-- A treatment or practice without a row has generation 0.
CREATE TABLE treatment_signal_generation (
    treatment_id BIGINT PRIMARY KEY REFERENCES treatment (id) ON DELETE CASCADE,
    generation BIGINT NOT NULL
);
CREATE TABLE practice_signal_generation (
    practice_id BIGINT PRIMARY KEY REFERENCES practice (id) ON DELETE CASCADE,
    generation BIGINT NOT NULL
);
