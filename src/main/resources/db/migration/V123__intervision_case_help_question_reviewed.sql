-- A case discussion about a treatment shows and prints its help question only once it is fit to share: rewritten
-- from the treatment's own words, or confirmed by the therapist as anonymous. Existing cases whose help question is no
-- longer the treatment's (or that have no treatment) count as reviewed; a word-for-word copy does not.
ALTER TABLE case_discussion ADD COLUMN help_question_reviewed BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE case_discussion SET help_question_reviewed = TRUE
WHERE treatment_id IS NULL
   OR help_question <> (SELECT t.help_question FROM treatment t WHERE t.id = case_discussion.treatment_id);
