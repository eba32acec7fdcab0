-- The domain rule an import row broke (the same rule id the JSON API answers with), null for a
-- value that could not be read.
ALTER TABLE import_row_errors ADD COLUMN rule TEXT;
