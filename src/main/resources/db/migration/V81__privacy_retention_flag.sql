-- Clients whose record is past the WGBO retention term (20 years after their last treatment ended), as flagged
-- by the nightly retention job; the manager decides what to do (the flag destroys nothing).
CREATE TABLE retention_flag (
    client_id BIGINT PRIMARY KEY REFERENCES client (id),
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    last_end DATE NOT NULL,
    flagged_on DATE NOT NULL
);
CREATE INDEX retention_flag_practice_ix ON retention_flag (practice_id);
