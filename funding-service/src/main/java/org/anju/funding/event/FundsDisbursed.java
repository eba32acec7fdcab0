package org.anju.funding.event;

/** The city disbursed money of one source to a county. */
public record FundsDisbursed(EntrySnapshot data) implements LedgerEvent {
}
