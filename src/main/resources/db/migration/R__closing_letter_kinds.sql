-- The kinds of kept letters and letter templates, including the GP feedback on a referral that does not fit
-- short-term care (004_… §1). Repeatable, because it must run after V46 created the tables while the treatment
-- module's version numbers (V11–V14) come before it; edit the list here when a kind is added.
ALTER TABLE closing_letter DROP CONSTRAINT IF EXISTS closing_letter_kind_ck;
ALTER TABLE closing_letter ADD CONSTRAINT closing_letter_kind_ck
    CHECK (kind IN ('CLIENT', 'GP', 'HANDOVER', 'REFERRAL_FEEDBACK'));
ALTER TABLE letter_template DROP CONSTRAINT IF EXISTS letter_template_kind_ck;
ALTER TABLE letter_template ADD CONSTRAINT letter_template_kind_ck
    CHECK (kind IN ('CLIENT', 'GP', 'HANDOVER', 'REFERRAL_FEEDBACK'));
