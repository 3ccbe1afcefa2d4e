-- The referral's details (who referred, eHealth offered while waiting) and the screening (pre-intake) outcome,
-- from 004_… §1 and §3. Referrals registered before this change keep an unknown referrer (NULL).
ALTER TABLE treatment ADD COLUMN referrer_kind VARCHAR(20);
ALTER TABLE treatment ADD COLUMN referrer_name VARCHAR(200);
ALTER TABLE treatment ADD COLUMN ehealth_offered BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE treatment ADD COLUMN ehealth_offer VARCHAR(500);
ALTER TABLE treatment ADD COLUMN screened_on DATE;
ALTER TABLE treatment ADD COLUMN screening_outcome VARCHAR(20);
ALTER TABLE treatment ADD COLUMN screening_reasons VARCHAR(100);
ALTER TABLE treatment ADD COLUMN screening_other_reason VARCHAR(1000);
ALTER TABLE treatment ADD COLUMN screened_by BIGINT;
ALTER TABLE treatment ADD CONSTRAINT treatment_screened_by_fk FOREIGN KEY (screened_by) REFERENCES user_account (id);
ALTER TABLE treatment ADD CONSTRAINT treatment_referrer_kind_ck
    CHECK (referrer_kind IN ('GP', 'POH_GGZ', 'SELF', 'OTHER'));
ALTER TABLE treatment ADD CONSTRAINT treatment_screening_outcome_ck
    CHECK (screening_outcome IN ('FITS', 'DOES_NOT_FIT'));
