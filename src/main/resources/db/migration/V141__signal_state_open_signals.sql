-- The unacknowledged signals of the stored state, with their severity, most urgent first: ',OVERRUN:ACTION,PLATEAU:INFO,'
-- (',' for none), so that the practice's figures of today count the open signals of the treatments under way from
-- the stored state instead of running the signal engine over every one of them (docs/signals.md, "Caseload in de
-- database"). The state is derived data: the rows of before are deleted and computed again, with this column, before
-- the next caseload is read.
DELETE FROM treatment_signal_state;
ALTER TABLE treatment_signal_state ADD COLUMN open_signals VARCHAR(1000) NOT NULL;
