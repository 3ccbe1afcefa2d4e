-- The client's e-mail address, kept only when the therapist chose "adres bewaren voor volgende links"; encrypted
-- (AES-GCM, portal.LinkSeal), and deleted with the client's data.
CREATE TABLE client_mail_address (
    client_id BIGINT PRIMARY KEY REFERENCES client (id),
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    address VARCHAR(400) NOT NULL,
    saved_by BIGINT NOT NULL,
    saved_at TIMESTAMP NOT NULL
);
-- A client link sent by e-mail. The encrypted address and link are kept only until the one reminder is claimed or
-- the link is used, revoked or expired; the masked address stays for the list of links.
CREATE TABLE client_link_mail (
    link_id BIGINT PRIMARY KEY REFERENCES client_link (id),
    address VARCHAR(400),
    masked_address VARCHAR(254) NOT NULL,
    sealed_link VARCHAR(400),
    sent_at TIMESTAMP NOT NULL,
    reminded_at TIMESTAMP
);
CREATE INDEX client_link_mail_due_ix ON client_link_mail (sent_at);
