-- A document number is compared as it is meant, not as it was typed (issue: " RCPT-001　",
-- "ＲＣＰＴ－００１" and "rcpt-001" were each recorded beside "RCPT-001"): document_key is the number
-- in NFKC (full-width letters, digits and dashes as ASCII), trimmed of every kind of space (the
-- ideographic space, no-break and zero-width spaces, byte-order marks), inner runs of spaces as one,
-- upper-cased; null for no number. The service stores new numbers in that canonical form (case as
-- typed; org.anju.funding.domain.DocumentNumbers spells the same spaces); numbers stored before keep
-- their text, the ledger being append-only, and are compared by their key.
ALTER TABLE ledger_entry ADD COLUMN document_key TEXT GENERATED ALWAYS AS (upper(nullif(regexp_replace(regexp_replace(
        normalize(document_number, NFKC),
        '^[\s\u0085\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\s\u0085\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+$', '', 'g'),
        '[\s\u0085\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g'), ''))) STORED;

-- The business key includes the county: disbursements and expenditures are numbered by documents of
-- the county they concern (each county's finance bureau numbers its own), so two counties may hold
-- the same number; receipts are the city's (no county) and stay unique per kind and source.
--
-- Which entries hold their document is decided again under this key: a reversed entry does not
-- (V3); of entries that now share a key the first recorded holds it and the later ones are kept
-- (the ledger is append-only; they are to be cancelled by reversals if they are duplicates) and
-- marked: document_released, and document_duplicate_of naming the entry that holds the document.
-- Copies V2 marked only because another county held the number hold their own document again.
-- The migration never fails on existing duplicates; it reports them (NOTICE below), and
--   SELECT id, kind, source, county, document_number, document_duplicate_of FROM ledger_entry
--   WHERE document_duplicate_of IS NOT NULL
-- lists them (the module README says so).
ALTER TABLE ledger_entry ADD COLUMN document_duplicate_of UUID REFERENCES ledger_entry (id);

DROP INDEX ledger_entry_document_unique;
DROP INDEX ledger_entry_document;

UPDATE ledger_entry entry
SET document_released = EXISTS (SELECT 1 FROM ledger_entry reversal WHERE reversal.reverses_entry_id = entry.id)
WHERE entry.kind <> 'REVERSAL';

WITH holding AS (
    SELECT id, first_value(id) OVER (PARTITION BY kind, source, coalesce(county, ''), document_key
                                     ORDER BY recorded_at, id) AS holder
    FROM ledger_entry
    WHERE kind <> 'REVERSAL' AND reward_id IS NULL AND document_key IS NOT NULL AND NOT document_released)
UPDATE ledger_entry entry
SET document_released = true, document_duplicate_of = holding.holder
FROM holding
WHERE holding.id = entry.id AND holding.holder <> entry.id;

CREATE UNIQUE INDEX ledger_entry_document_unique ON ledger_entry (kind, source, coalesce(county, ''), document_key)
    WHERE kind <> 'REVERSAL' AND reward_id IS NULL AND document_key IS NOT NULL AND NOT document_released;

-- what the ledger's check reads
CREATE INDEX ledger_entry_document_key ON ledger_entry (document_key);

DO $$
DECLARE
    duplicates BIGINT;
BEGIN
    SELECT count(*) INTO duplicates FROM ledger_entry WHERE document_duplicate_of IS NOT NULL;
    IF duplicates > 0 THEN
        RAISE NOTICE 'V4: % ledger entries repeat the document of an earlier entry (same kind, source, county and number once normalised); kept, marked document_duplicate_of', duplicates;
    END IF;
END $$;
