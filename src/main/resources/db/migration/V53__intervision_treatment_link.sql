-- A case discussion may be about one treatment; finishing it counts as that treatment's intervision.
ALTER TABLE case_discussion ADD COLUMN treatment_id BIGINT REFERENCES treatment (id);
