-- A document (an allocation notice, a payment order) is recorded once per kind of entry and
-- source: a retried upload must not record a receipt twice. The service answers a second one
-- with 409 entry-document-unique; this index also refuses the second of two concurrent ones.
-- Not held to it: reversals (a reversal repeats the document number of the entry it cancels),
-- entries without a document number, and rewards' payments (numbered "reward <rule>", one per
-- reward: a reward is paid once).
--
-- Copies of a document recorded before this migration stay in the (append-only) ledger, to be
-- cancelled by reversals: the later ones are marked document_copy so that the index can be
-- built over the first. A new entry with the same document still meets the first and is refused.
ALTER TABLE ledger_entry ADD COLUMN document_copy BOOLEAN NOT NULL DEFAULT false;

UPDATE ledger_entry later
SET document_copy = true
WHERE later.kind <> 'REVERSAL' AND later.reward_id IS NULL AND btrim(later.document_number) <> ''
  AND EXISTS (SELECT 1 FROM ledger_entry earlier
              WHERE earlier.kind = later.kind AND earlier.source = later.source
                AND earlier.document_number = later.document_number AND earlier.reward_id IS NULL
                AND (earlier.recorded_at, earlier.id) < (later.recorded_at, later.id));

-- blank numbers (only ever stored before this migration) are no numbers
CREATE UNIQUE INDEX ledger_entry_document_unique ON ledger_entry (kind, source, document_number)
    WHERE kind <> 'REVERSAL' AND reward_id IS NULL AND btrim(document_number) <> '' AND NOT document_copy;

-- what the ledger's check reads (the partial index above serves only queries that repeat its condition)
CREATE INDEX ledger_entry_document ON ledger_entry (document_number);
