package org.anju.funding.event;

/** A county spent money of one source on a purpose. */
public record FundsSpent(EntrySnapshot data) implements LedgerEvent {
}
