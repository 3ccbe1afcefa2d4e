-- The order a user last chose for the caseload table (a column and a direction), kept per user across sign-ins.
-- A view preference, not client data: the last choice wins.
CREATE TABLE caseload_sort_preference (
    user_id BIGINT PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    sort_column VARCHAR(20) NOT NULL,
    descending BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
