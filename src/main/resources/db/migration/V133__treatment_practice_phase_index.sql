-- The manager's caseload and waiting list page the practice's open treatments in SQL: by practice and phase, the
-- waiting list first registered first. With only treatment_practice_ix every page read all treatments of the
-- practice, ended ones included (nine in ten), to find the open ones.
CREATE INDEX treatment_practice_phase_ix ON treatment (practice_id, phase, registration_date, id);
