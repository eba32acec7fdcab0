package org.anju.funding.event;

import org.anju.platform.events.DomainEvent;

/** An entry was recorded; the event's name says its kind. The aggregate is the entry (version 1). */
public sealed interface LedgerEvent extends DomainEvent permits FundsReceived, FundsDisbursed, FundsSpent, EntryReversed {

    @Override
    EntrySnapshot data();

    @Override
    default String aggregateId() {
        return data().id().toString();
    }

    @Override
    default long aggregateVersion() {
        return data().version();
    }

    @Override
    default String county() {
        return data().county();
    }

    static LedgerEvent of(EntrySnapshot entry) {
        return switch (entry.kind()) {
            case RECEIPT -> new FundsReceived(entry);
            case DISBURSEMENT -> new FundsDisbursed(entry);
            case EXPENDITURE -> new FundsSpent(entry);
            case REVERSAL -> new EntryReversed(entry);
        };
    }
}
