-- The practice's figures of a period read the treatments with their intake, start or end in it
-- (TreatmentScope.steppedIn): one index per date, so that a period of a practice with years of history is found
-- through them (a bitmap OR on PostgreSQL) instead of by reading every treatment of the practice.
CREATE INDEX treatment_practice_intake_ix ON treatment (practice_id, intake_date);
CREATE INDEX treatment_practice_start_ix ON treatment (practice_id, start_date);
CREATE INDEX treatment_practice_end_ix ON treatment (practice_id, end_date);
