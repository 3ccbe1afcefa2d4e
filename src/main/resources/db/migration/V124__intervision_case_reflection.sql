-- Step 3 of a case discussion, the reflective round: what the participants recognise in their own practice.
ALTER TABLE case_discussion ADD COLUMN reflection VARCHAR(4000);
