-- A reversed entry no longer holds its document: the corrected entry (the disbursement that should
-- have gone to another county) is recorded again under the same document number. The copies V2
-- marked are likewise entries that do not hold their document; the column says so for both.
ALTER TABLE ledger_entry RENAME COLUMN document_copy TO document_released;

DROP INDEX ledger_entry_document_unique;
CREATE UNIQUE INDEX ledger_entry_document_unique ON ledger_entry (kind, source, document_number)
    WHERE kind <> 'REVERSAL' AND reward_id IS NULL AND btrim(document_number) <> '' AND NOT document_released;

UPDATE ledger_entry reversed
SET document_released = true
WHERE EXISTS (SELECT 1 FROM ledger_entry reversal WHERE reversal.reverses_entry_id = reversed.id);
