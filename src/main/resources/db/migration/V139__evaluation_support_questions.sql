-- The answers to the clinical support questions (after Lambert's OQ-Analyst) in the evaluation that acknowledges
-- NOT_ON_TRACK: one row per question looked into, a concern (zorg) or not, with an optional note (docs/signals.md).
CREATE TABLE evaluation_support_question (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    question VARCHAR(40) NOT NULL,
    concern BOOLEAN NOT NULL,
    note VARCHAR(500),
    PRIMARY KEY (evaluation_id, question),
    CONSTRAINT evaluation_support_question_ck CHECK (question IN ('WORKING_RELATIONSHIP', 'MOTIVATION',
        'SOCIAL_SUPPORT', 'LIFE_EVENTS', 'RECONSIDER_DIAGNOSIS', 'RECONSIDER_TREATMENT_FORM', 'CONSIDER_REFERRAL'))
);
