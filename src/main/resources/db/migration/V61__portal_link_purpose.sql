-- A client link either collects questionnaires or the client's own closing answers.
ALTER TABLE client_link ADD COLUMN purpose VARCHAR(20) DEFAULT 'QUESTIONNAIRES' NOT NULL;
