-- The extensions of a period (EvaluationFigures.extensionsBetween) are found by their date, not by reading every
-- evaluation of the practice.
CREATE INDEX evaluation_evaluated_on_ix ON evaluation (evaluated_on);
