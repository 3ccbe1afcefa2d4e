-- What the caseload sorts, filters and counts by, per open treatment, as computed by the signal engine for one
-- practice day: so the manager's caseload pages, filters and counts the whole practice in SQL and evaluates only the
-- rows it shows. Derived data: a row is deleted when the treatment's records change (every audited change of it)
-- and recomputed, as is every row of an earlier day, before a caseload is read (docs/signals.md, "Caseload in de
-- database"). A missing row (existing treatments, rows inserted outside the application) is computed the same way.
CREATE TABLE treatment_signal_state (
    treatment_id BIGINT PRIMARY KEY REFERENCES treatment (id) ON DELETE CASCADE,
    computed_for DATE NOT NULL,
    -- the caseload's default order: -1 an open risk item, 0 ACTION, 1 ATTENTION, 2 INFO, 3 nothing unacknowledged
    urgency SMALLINT NOT NULL,
    open_action BOOLEAN NOT NULL,
    open_attention BOOLEAN NOT NULL,
    open_info BOOLEAN NOT NULL,
    -- every signal's code, acknowledged or not, each between commas: ',OVERRUN,PLATEAU,'
    signal_codes VARCHAR(1000) NOT NULL,
    -- n / E as of computed_for (null without E), weeks running, the latest primary total
    progress DOUBLE PRECISION,
    weeks_running INTEGER,
    latest_score INTEGER
);
CREATE INDEX treatment_signal_state_day_ix ON treatment_signal_state (computed_for, treatment_id);
