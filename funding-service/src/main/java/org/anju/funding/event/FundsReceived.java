package org.anju.funding.event;

/** The city received money from a source. */
public record FundsReceived(EntrySnapshot data) implements LedgerEvent {
}
