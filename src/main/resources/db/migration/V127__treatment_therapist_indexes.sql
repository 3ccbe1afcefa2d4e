-- The therapist's view (TreatmentScope) reads "their own treatments and those shared with them" as a union of two
-- index scans. The treatments by therapist and phase carry their id, and the shares by colleague their treatment, so
-- the database finds the ids in the index alone. Each new index replaces one with the same leading columns.
CREATE INDEX treatment_therapist_phase_ix ON treatment (therapist_id, phase, id);
DROP INDEX treatment_therapist_ix;
CREATE INDEX treatment_share_therapist_treatment_ix ON treatment_share (therapist_id, treatment_id);
DROP INDEX treatment_share_therapist_ix;
