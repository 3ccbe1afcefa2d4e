-- The policy's optional evaluation point "after N sessions": the evaluation is due at min(halfway, N) (docs/signals.md).
-- Null keeps the halfway point only.
ALTER TABLE practice_policy ADD COLUMN evaluate_after_sessions INT;
