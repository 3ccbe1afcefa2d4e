-- A destroyed client's earlier requests (refused before the one that destroyed the record) kept the client's id
-- without the marker and their note: the privacy overview linked to a record that no longer exists. They get the
-- marker of the destroyed record and lose their note, as the destroying request did.
UPDATE destruction_request
SET client_marker = 'VERNIETIGD-' || CAST(client_id AS VARCHAR(20)), note = NULL, version = version + 1
WHERE client_marker IS NULL
  AND EXISTS (SELECT 1 FROM destruction_request destroyed
              WHERE destroyed.practice_id = destruction_request.practice_id
                AND destroyed.client_id = destruction_request.client_id
                AND destroyed.destroyed_at IS NOT NULL);
