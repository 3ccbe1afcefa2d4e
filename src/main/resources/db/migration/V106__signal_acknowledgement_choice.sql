-- An explicit acknowledgement names its reason from a short list that fits the signal (docs/signals.md,
-- acknowledging a signal); the free text stays in reason. Null for acknowledgements by a decision and older rows.
ALTER TABLE signal_acknowledgement ADD COLUMN choice VARCHAR(40);
