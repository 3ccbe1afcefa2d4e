-- How each entry of E came about: AGREED (the agreements), CORRECTED (changed on the day the agreements were set),
-- LOWERED (lowered later through the agreements), EVALUATION (set at an evaluation: an extension with its reasons,
-- or a lowering), AGREEMENTS_FORM (changed through the agreements before raising E there was refused).
ALTER TABLE expected_sessions ADD COLUMN origin VARCHAR(20) DEFAULT 'AGREED' NOT NULL;

UPDATE expected_sessions SET origin = 'EVALUATION'
WHERE sequence_number > 1 AND EXISTS (SELECT 1 FROM evaluation e
    WHERE e.treatment_id = expected_sessions.treatment_id AND e.evaluated_on = expected_sessions.effective_date
      AND e.new_expected_sessions = expected_sessions.sessions);

UPDATE expected_sessions SET origin = 'AGREEMENTS_FORM' WHERE sequence_number > 1 AND origin = 'AGREED';

ALTER TABLE expected_sessions ADD CONSTRAINT expected_sessions_origin_ck
    CHECK (origin IN ('AGREED', 'CORRECTED', 'LOWERED', 'EVALUATION', 'AGREEMENTS_FORM'));
