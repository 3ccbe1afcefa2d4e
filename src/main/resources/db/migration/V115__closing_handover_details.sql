-- What a colleague and the GP need to act on a transfer: why the treatment is handed over, what was tried, the
-- risks, and what was agreed with the client. Recorded with the warm hand-over, before or at closing.
ALTER TABLE closing_plan ADD COLUMN handover_reason VARCHAR(2000);
ALTER TABLE closing_plan ADD COLUMN handover_tried VARCHAR(2000);
ALTER TABLE closing_plan ADD COLUMN handover_risks VARCHAR(2000);
ALTER TABLE closing_plan ADD COLUMN handover_agreed VARCHAR(2000);
