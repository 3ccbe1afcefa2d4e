-- The caseload's default order (an open risk item, ACTION, ATTENTION, INFO, none; then the earlier start first, none
-- last; then the id) read the urgency from the stored signal state and the start date from the treatment, so the
-- database joined and sorted every open treatment of the practice to find the first 50: about 3 ms at 100,000 stored,
-- half of the manager's caseload page's time in the database. The state now keeps the start date it was computed
-- with (every change of a treatment deletes its state, so the copy cannot lag), and an index in that order lets a
-- page be read from its first row, 50 rows deep.
ALTER TABLE treatment_signal_state ADD COLUMN start_date DATE;
UPDATE treatment_signal_state
    SET start_date = (SELECT t.start_date FROM treatment t WHERE t.id = treatment_signal_state.treatment_id);
CREATE INDEX treatment_signal_state_order_ix ON treatment_signal_state (urgency, start_date, treatment_id);
