package org.anju.funding.event;

/** An entry was cancelled by a reversal; the original stays in the ledger. */
public record EntryReversed(EntrySnapshot data) implements LedgerEvent {
}
