-- Whether an import's submitter sees full ID numbers (personal data and pii-reader): only then does a
-- row error name the household a person of the file is already a member of (the name would confirm a
-- number the mask hides). Jobs queued before this migration name none.
ALTER TABLE import_jobs ADD COLUMN submitter_sees_id_numbers BOOLEAN NOT NULL DEFAULT false;

-- Site and village names (and townships) are keys: stored and compared NFKC-normalised (full-width
-- letters and digits as ASCII), without zero-width characters, every run of spaces of any kind one
-- ASCII space, none around them, as the service now writes them (service.Names). The unique indexes
-- of V3 then hold on the normalised names. A database holding two names that differ only so stops
-- here, on those indexes: rename one of each pair, then start the service again.
CREATE FUNCTION pg_temp.anju_name(raw TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
    SELECT btrim(regexp_replace(
        regexp_replace(normalize(raw, NFKC), '[\u200B\u200C\u200D\u2060\uFEFF]', '', 'g'),
        '[\s\u001C-\u001F\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'), ' ')
$$;

UPDATE sites SET name = pg_temp.anju_name(name) WHERE name IS DISTINCT FROM pg_temp.anju_name(name);
UPDATE villages SET name = pg_temp.anju_name(name) WHERE name IS DISTINCT FROM pg_temp.anju_name(name);
UPDATE villages SET township = nullif(pg_temp.anju_name(township), '')
    WHERE township IS DISTINCT FROM nullif(pg_temp.anju_name(township), '');
