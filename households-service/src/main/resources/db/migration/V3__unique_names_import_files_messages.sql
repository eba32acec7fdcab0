-- A village is registered once per county, township and name, a site once per county and name
-- (issue 9: a duplicate is a 409 naming the existing record). The services check first; these
-- indexes catch a duplicate registered at the same time. A database that already holds duplicates
-- stops here, naming them: rename one of each pair, then start the service again.
CREATE UNIQUE INDEX villages_county_township_name ON villages (county, coalesce(township, ''), name);
CREATE UNIQUE INDEX sites_county_name ON sites (county, name);

-- Imports: what a file holds (households, or lifecycle updates of registered households), and dry runs,
-- which check everything and store nothing but their row errors.
ALTER TABLE import_jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'HOUSEHOLDS';
ALTER TABLE import_jobs ADD COLUMN dry_run BOOLEAN NOT NULL DEFAULT false;

-- The uploaded file is a large object (streamed in and out, never whole on the heap) until its job
-- finishes, instead of a bytea column; the files of jobs still queued move over.
ALTER TABLE import_jobs ADD COLUMN file_oid OID;
UPDATE import_jobs SET file_oid = lo_from_bytea(0, content) WHERE content IS NOT NULL;
ALTER TABLE import_jobs DROP COLUMN content;

-- Failures and row errors are stored as messages (a bundle key and its arguments, JSON) and shown in
-- the reader's language; the English texts of earlier jobs stay as they were.
ALTER TABLE import_jobs ADD COLUMN failure_reason TEXT;
ALTER TABLE import_row_errors ALTER COLUMN message DROP NOT NULL;
ALTER TABLE import_row_errors ADD COLUMN reason TEXT;
