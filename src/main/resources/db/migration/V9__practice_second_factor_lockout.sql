-- Wrong second-factor codes are counted per account on their own (web and API, TOTP and recovery codes);
-- after five the second factor is locked for a while. Only a correct code outside the lock clears them.
ALTER TABLE user_totp ADD COLUMN failed_codes INT DEFAULT 0 NOT NULL;
ALTER TABLE user_totp ADD COLUMN codes_locked_until TIMESTAMP;

-- Failed passwords per account and source address (a locked pair does not lock the owner elsewhere); the
-- row with source '*' counts an account's failures from every address, which only slows answers down.
-- account_key is a SHA-256 of the typed name, so a password typed as the name is never stored.
DROP TABLE login_attempt;
CREATE TABLE login_attempt (
    account_key CHAR(64) NOT NULL,
    source VARCHAR(64) NOT NULL,
    failures INT NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    PRIMARY KEY (account_key, source)
);
