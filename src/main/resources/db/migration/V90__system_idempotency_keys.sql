-- API writes with an Idempotency-Key header: the first answer per user and key, so that a retry gets that
-- answer again instead of writing twice. A row without response_status is a request still being processed
-- (or abandoned by a node that died: owner_token tells which attempt may complete it). Kept at least 24 hours.
CREATE TABLE idempotency_key (
    user_id BIGINT NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    owner_token CHAR(36) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    started_at TIMESTAMP NOT NULL,
    response_status INT,
    response_headers VARCHAR(4000),
    response_body BYTEA,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotency_key_created_ix ON idempotency_key (created_at);
